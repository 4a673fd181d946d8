package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.nn.NativeThreads.GemmThreading;

class NativeThreadsTest {
  @Test
  void configureIsReportedBack() {
    NativeThreads.Settings before = NativeThreads.current();
    try {
      assertThat(NativeThreads.configure(2, GemmThreading.OPENBLAS)).isEqualTo(new NativeThreads.Settings(2, 2, 1));
      assertThat(NativeThreads.configure(2)).isEqualTo(new NativeThreads.Settings(1, 1, 2));
      assertThat(NativeThreads.configure(1)).isEqualTo(new NativeThreads.Settings(1, 1, 1));
      assertThat(NativeThreads.current().toString())
          .isEqualTo("blas 1 thread(s), omp 1 thread(s), gemm split over 1 thread(s)");
    } finally {
      NativeThreads.configure(1);
    }
    assertThatThrownBy(() -> NativeThreads.configure(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

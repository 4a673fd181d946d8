package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class NativeScratchTest {
  @Test
  void readsBackWhatWasWrittenAndGrowsOnDemand() {
    NativeScratch s = NativeScratch.forThisThread();
    FloatPointer f = (FloatPointer) s.buffer(DataType.FLOAT, 3);
    f.put(new float[] {1.5f, -2f, 0.25f}, 0, 3);
    assertThat(s.read(DataType.FLOAT, 3)).containsExactly(1.5, -2.0, 0.25);

    DoublePointer d = (DoublePointer) s.buffer(DataType.DOUBLE, 10_000);
    assertThat(d.capacity()).isGreaterThanOrEqualTo(10_000);
    d.put(9_999, 7.0);
    assertThat(s.read(DataType.DOUBLE, 10_000)[9_999]).isEqualTo(7.0);
    assertThat(s.buffer(DataType.DOUBLE, 5)).as("a smaller request reuses the buffer").isSameAs(d);
  }

  @Test
  void eachThreadHasItsOwn() throws InterruptedException {
    NativeScratch[] other = new NativeScratch[1];
    Thread t = new Thread(() -> other[0] = NativeScratch.forThisThread());
    t.start();
    t.join();
    assertThat(other[0]).isNotNull().isNotSameAs(NativeScratch.forThisThread());
  }

  @Test
  void onlyFloatAndDouble() {
    assertThatThrownBy(() -> NativeScratch.forThisThread().buffer(DataType.INT, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INT");
  }
}

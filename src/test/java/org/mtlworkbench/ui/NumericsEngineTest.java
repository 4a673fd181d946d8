package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class NumericsEngineTest {
  @Test
  void describesBackendBlasAndThreads() {
    Properties info = new Properties();
    info.put("backend", "CPU");
    info.put("blas.vendor", "OPENBLAS");
    info.put("omp.threads", 2);
    assertThat(NumericsEngine.describe(info)).isEqualTo("ND4J on CPU · OPENBLAS · 2 threads");
  }

  @Test
  void oneThreadIsSingular() {
    Properties info = new Properties();
    info.put("backend", "CPU");
    info.put("omp.threads", "1");
    assertThat(NumericsEngine.describe(info)).isEqualTo("ND4J on CPU · 1 thread");
  }

  @Test
  void missingFactsAreLeftOut() {
    assertThat(NumericsEngine.describe(new Properties())).isEqualTo("ND4J on ?");
  }
}

package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricDirectionTest {
  @Test
  void lossesAndErrorsLowerScoresHigher() {
    assertThat(MetricDirection.higherIsBetter("loss")).isFalse();
    assertThat(MetricDirection.higherIsBetter("mse")).isFalse();
    assertThat(MetricDirection.higherIsBetter("mae")).isFalse();
    assertThat(MetricDirection.higherIsBetter("accuracy")).isTrue();
    assertThat(MetricDirection.higherIsBetter("r2")).isTrue();
    assertThat(MetricDirection.higherIsBetter("macro-f1")).isTrue();
    assertThat(MetricDirection.higherIsBetter("macro_f1")).as("the CSV spelling").isTrue();
  }
}

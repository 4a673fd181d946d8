package org.mtlworkbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.report.series.Decimated;
import org.mtlworkbench.report.series.Points;

class RunChartsTest {
  @Test
  void meanCosineAndConflictShareWorkedOutByHand() {
    // mean (0.5 − 0.5 + 0.2 − 0.1) / 4 = 0.025; two of four below 0; NaN not counted
    double[] ms = RunCharts.meanAndConflictShare(new double[] {0.5, -0.5, Double.NaN, 0.2, -0.1});
    assertThat(ms[0]).isCloseTo(0.025, within(1e-12));
    assertThat(ms[1]).isEqualTo(0.5);
    assertThat(RunCharts.meanAndConflictShare(new double[0])).containsExactly(Double.NaN, Double.NaN);
  }

  @Test
  void decimationKeepsEachColumnsExtremesAtTheirSteps() {
    long[] steps = new long[1000];
    double[] values = new double[1000];
    for (int i = 0; i < 1000; i++) {
      steps[i] = 10L * i;
      values[i] = i == 517 ? 99 : 1;
    }
    Points p = Decimated.of(steps, values, 10);
    assertThat(p.size()).isLessThan(40);
    boolean spike = false;
    for (int i = 0; i < p.size(); i++) {
      spike |= p.x(i) == 5170 && p.y(i) == 99;
    }
    assertThat(spike).as("the one-step spike at step 5170 survives").isTrue();
    assertThat(p.x(0)).isEqualTo(0);
    assertThat(p.x(p.size() - 1)).isEqualTo(9990);
  }
}

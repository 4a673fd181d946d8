package org.mtlworkbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.Estimate;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.report.series.Decimated;
import org.mtlworkbench.report.series.Points;

class RunChartsTest {
  @Test
  void matrixCellsSayTheCosineItsIntervalAndOnTheDiagonalTheNoiseFloorAndHarm() {
    Estimate rho = new Estimate(-0.96, -0.98, -0.94, 484, 22, 22, 0);
    Estimate noise = Estimate.undefined(484, 22, 22);
    Estimate floor = new Estimate(0.38, 0.36, 0.40, 484, 22, 22, 0);
    Estimate harm = new Estimate(0.28, 0.2, 0.36, 484, 22, 22, 0);
    Estimate none = Estimate.undefined(484, 0, 0);
    GradientSummary s = new GradientSummary(List.of("a", "b", "c"), 500, null,
        new Estimate[][] {{none, rho, noise}, {rho, none, noise}, {noise, noise, none}},
        new Estimate[][] {{none, rho, rho}, {rho, none, rho}, {rho, rho, none}},
        new Estimate[][] {{none, harm, harm}, {harm, none, harm}, {harm, harm, none}},
        new Estimate[] {floor, floor, floor}, new Estimate[] {harm, harm, harm}, true);
    assertThat(ConflictMatrixChart.lagged(s, 0, 1)).containsExactly("−0.96", "± 0.02");
    assertThat(ConflictMatrixChart.lagged(s, 0, 2)).containsExactly("noise", "");
    assertThat(ConflictMatrixChart.lagged(s, 1, 1)).containsExactly("floor +0.38", "↑ 28%");
    // a run without lagged measures: the same-step mean cosine and its share of steps below 0
    assertThat(ConflictMatrixChart.sameStep(s, 0, 1)).containsExactly("−0.96", "28% < 0");
    assertThat(ConflictMatrixChart.sameStep(s, 1, 1)).containsExactly("", "");
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

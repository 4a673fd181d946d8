package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.StepRecord;

/**
 * The gradient-norm chart says whether it draws the raw norms ‖g_k‖ or the weighted |w_k|·‖g_k‖
 * (the task's term in a loss-weighting strategy's update) and offers both; its imbalance note says
 * which one it measured.
 */
class GradientWeightingTest {
  private static final int STEPS = 600;

  /**
   * ‖g_1‖ = 2, ‖g_2‖ = 1 at every step; the weights move as GradNorm's do, w_1 from 1 up to 4
   * and w_2 = 1. Worked out by hand: the raw imbalance is 2×; the weighted one is the geometric
   * mean of 2·w_1(t) over the window.
   */
  private static MetricsLog gradNormLike() {
    MetricsLog log = Logs.of("y1", "y2");
    for (int i = 0; i < STEPS; i++) {
      double[] norms = {2, 1};
      double[][] cos = {{1, 0.2}, {0.2, 1}};
      GradientSnapshot g = new GradientSnapshot(norms, new double[][] {{2}, {1}}, cos, new double[2][2], new double[] {0.5, 0.5});
      double w1 = weight1(i);
      log.onStep(new StepRecord(i, 0, 0.001, new double[] {1, 1}, new double[] {w1, 1}, new double[] {1, 1}, g, 0));
    }
    return log;
  }

  private static double weight1(int step) {
    return 1 + 3.0 * step / (STEPS - 1);
  }

  /** Task {@code t}'s points on the gradient chart, as (step, value). */
  private static double[][] drawn(DashboardStage d, int t) throws Exception {
    return DashboardStage.on(() -> {
      XYDataset main = d.robot.lookup("#gradientPanelChart").<ChartViewer>query().getChart().getXYPlot().getDataset(1);
      double[][] out = new double[main.getItemCount(t)][];
      for (int i = 0; i < out.length; i++) {
        out[i] = new double[] {main.getXValue(t, i), main.getYValue(t, i)};
      }
      return out;
    });
  }

  @Test
  void theToggleSwitchesTheCurvesTheTitleAndTheImbalanceBetweenRawAndWeightedNorms() throws Exception {
    DashboardStage d = DashboardStage.show(List.of("y1", "y2"), 1200, 780);
    d.robot.interact(() -> d.robot.lookup("#smoothingSlider").<Slider>query().setValue(0));
    d.log.set(gradNormLike());
    d.frames(2);

    CurvesPanel gradient = d.robot.lookup("#gradientPanel").query();
    assertThat(DashboardStage.on(gradient::title)).isEqualTo("Gradient norm");
    for (double[] p : drawn(d, 0)) {
      assertThat(p[1]).isEqualTo(2.0);
    }
    String raw = DashboardStage.on(() -> d.robot.lookup("#imbalanceLabel").<Label>query().getText());
    assertThat(raw).startsWith("Imbalance 2× (y1 ÷ y2").contains("raw ‖g_k‖");

    d.robot.clickOn("#gradientWeighted");
    d.frames(2);
    assertThat(DashboardStage.on(gradient::title)).isEqualTo("Weighted norm");
    double[][] weighted = drawn(d, 0);
    assertThat(weighted.length).isGreaterThan(10);
    for (double[] p : weighted) {
      assertThat(p[1]).isCloseTo(2 * weight1((int) p[0]), org.assertj.core.data.Offset.offset(1e-5));
    }
    // the geometric mean of 2·w_1 over the steps the estimate rests on: of the window's last 500,
    // 22 batches of 22 (batch means of ⌊√500⌋ steps), the oldest 16 left out — worked out here
    double logSum = 0;
    for (int i = STEPS - 484; i < STEPS; i++) {
      logSum += Math.log(2 * weight1(i));
    }
    String expected = org.mtlworkbench.common.text.Numbers.ratio(Math.exp(logSum / 484));
    String shown = DashboardStage.on(() -> d.robot.lookup("#imbalanceLabel").<Label>query().getText());
    assertThat(shown).startsWith("Imbalance " + expected + " (y1 ÷ y2").contains("weighted |w_k|·‖g_k‖");
    assertThat(DashboardStage.on(() -> d.robot.lookup("#gradientWeighted").<CheckBox>query().isSelected())).isTrue();
  }
}

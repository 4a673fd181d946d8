package org.mtlworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.diagnostics.GradientWindow;

/** The adapter from a metrics log to the finding rules: only measured steps, the latest ones, in order. */
class LogFindingsTest {

  private static StepRecord step(long s, double normA, double normB, double cos) {
    GradientSnapshot g = Double.isNaN(normA) ? null
        : new GradientSnapshot(new double[] {normA, normB}, new double[][] {{normA}, {normB}}, new double[][] {{1, cos}, {cos, 1}});
    return new StepRecord(s, 0, 0.01, new double[] {1, 1}, new double[] {1, 0.5 + s}, new double[] {1, 1}, g, 0);
  }

  @Test
  void theWindowHoldsTheLastMeasuredStepsOnly() {
    MetricsLog log = new MetricsLog(List.of("a", "b"), List.of("layer"));
    for (int s = 0; s < 10; s++) {
      // measured on even steps only (diagnosticsEvery = 2)
      log.onStep(s % 2 == 0 ? step(s, s + 1, 2 * (s + 1), -0.5) : step(s, Double.NaN, 0, 0));
    }
    GradientWindow w = LogFindings.window(log, 3);
    assertThat(w.steps()).containsExactly(4, 6, 8);
    assertThat(w.norms()[0]).containsExactly(5, 7, 9);
    assertThat(w.norms()[1]).containsExactly(10, 14, 18);
    assertThat(w.cosines()[0][1]).containsExactly(-0.5, -0.5, -0.5);
    assertThat(w.weights()[0]).containsExactly(1, 1, 1);
    assertThat(w.weights()[1]).containsExactly(4.5, 6.5, 8.5);
  }

  @Test
  void theMonitorRecomputesAsTheRunGoes() {
    FindingSettings s = FindingSettings.DEFAULTS;
    FindingsMonitor monitor = new FindingsMonitor(s, Runnable::run, 0);
    monitor.onStart(new RunInfo(List.of("a", "b"), List.of("layer"), 1000, 100, "equal", "hard"));
    for (int t = 0; t < s.recomputeEvery() - 1; t++) {
      monitor.onStep(step(t, 50, 1, 0.3));
    }
    assertThat(monitor.current()).isEmpty();
    monitor.onStep(step(s.recomputeEvery() - 1, 50, 1, 0.3));
    // a's gradient is 50× b's; b's weight is 0.5 + t, so the weighted gradients are 50 and 0.5 + t:
    // over t = 0..99 their geometric-mean ratio is 50 / (Π(0.5 + t))^(1/100) ≈ 1.4 < 10 — the weights
    // even the imbalance out. The steps carry no lagged measures: the findings say so.
    assertThat(monitor.current()).extracting(Finding::kind).containsExactly(Finding.IMBALANCE_COMPENSATED, Finding.GRADIENT_NOTE);
    assertThat(monitor.current().get(0).sentence()).startsWith("the gradient of task 'a' is 50× that of 'b'");
    assertThat(monitor.current().get(1).sentence()).startsWith("this run has no lagged gradient measures");
  }
}

package org.mtlworkbench.ui.dashboard;

import java.util.List;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.StepRecord;

/** Metrics logs filled by hand, step by step, as the trainer would. */
final class Logs {
  private Logs() {}

  static MetricsLog of(String... tasks) {
    return new MetricsLog(List.of(tasks), List.of("layer0"));
  }

  /**
   * Appends a step with these gradient norms (null: not measured) and, for two or three tasks,
   * the cosine of pair (0, 1) (the other pairs 0.5).
   */
  static void step(MetricsLog log, double[] norms, double cosine01) {
    step(log, norms, cosine01, Double.NaN, Double.NaN);
  }

  /**
   * As {@link #step(MetricsLog, double[], double)}, with lagged measures: every task's
   * self-agreement {@code floor}, the lagged cosine of pair (0, 1) {@code lagged01} (other pairs 0),
   * and update cosines 0.5.
   */
  static void step(MetricsLog log, double[] norms, double cosine01, double floor, double lagged01) {
    int k = log.taskNames().size();
    int step = log.size();
    double[] ones = new double[k];
    java.util.Arrays.fill(ones, 1.0);
    GradientSnapshot g = null;
    if (norms != null) {
      double[][] cos = new double[k][k];
      double[][] layers = new double[k][1];
      for (int i = 0; i < k; i++) {
        layers[i][0] = norms[i];
        for (int j = 0; j < k; j++) {
          cos[i][j] = i == j ? 1 : 0.5;
        }
      }
      cos[0][1] = cos[1][0] = cosine01;
      double[][] lagged = new double[k][k];
      double[] update = new double[k];
      for (int i = 0; i < k; i++) {
        lagged[i][i] = floor;
        update[i] = Double.isNaN(floor) ? Double.NaN : 0.5;
      }
      lagged[0][1] = lagged[1][0] = lagged01;
      g = new GradientSnapshot(norms, layers, cos, lagged, update);
    }
    log.onStep(new StepRecord(step, 0, 0.001, ones, ones, ones, g, 0));
  }
}

package org.mtlworkbench.train;

import java.util.List;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientFindings;
import org.mtlworkbench.diagnostics.GradientWindow;

/**
 * Feeds the gradient findings ({@link GradientFindings}) from a {@link MetricsLog}: the last
 * measured steps (those where gradient diagnostics ran) become a {@link GradientWindow}. Any
 * reader of a log — the run store, a display — gets the same findings from the same log.
 */
public final class LogFindings {
  private LogFindings() {}

  /** The gradient findings over the log's steps recorded so far. */
  public static List<Finding> gradients(MetricsLog log, FindingSettings settings) {
    return GradientFindings.of(window(log, Integer.MAX_VALUE), settings);
  }

  /** The last {@code maxSteps} measured steps of the log (fewer when the log has fewer). */
  public static GradientWindow window(MetricsLog log, int maxSteps) {
    int size = log.size();
    int k = log.taskNames().size();
    int[] rows = new int[Math.min(maxSteps, size)];
    int n = 0;
    for (int i = size - 1; i >= 0 && n < rows.length; i--) {
      if (!Float.isNaN(log.value(MetricsLog.Series.GRAD_NORM, 0, i))) {
        rows[n++] = i;
      }
    }
    long[] steps = new long[n];
    double[][] norms = new double[k][n];
    double[][] weights = new double[k][n];
    double[][][] cosines = new double[k][k][n];
    double[][][] lagged = new double[k][k][n];
    double[][] self = new double[k][n];
    double[][] update = new double[k][n];
    double[][] losses = new double[k][n];
    for (int c = 0; c < n; c++) {
      int row = rows[n - 1 - c];
      steps[c] = log.step(row);
      for (int t = 0; t < k; t++) {
        norms[t][c] = log.value(MetricsLog.Series.GRAD_NORM, t, row);
        weights[t][c] = log.value(MetricsLog.Series.WEIGHT, t, row);
        self[t][c] = log.value(MetricsLog.Series.SELF_AGREEMENT, t, row);
        update[t][c] = log.value(MetricsLog.Series.UPDATE_COSINE, t, row);
        losses[t][c] = log.value(MetricsLog.Series.LOSS, t, row);
        for (int u = t + 1; u < k; u++) {
          cosines[t][u][c] = log.cosine(t, u, row);
          lagged[t][u][c] = log.laggedCosine(t, u, row);
        }
      }
    }
    return new GradientWindow(log.taskNames(), steps, norms, weights, cosines, lagged, self, update, losses);
  }
}

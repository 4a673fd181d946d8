package org.mtlworkbench.ui.dashboard;

import java.util.Arrays;
import org.mtlworkbench.train.MetricsLog;

/**
 * Summaries of the most recent steps of a run, read straight from the metrics log: how unequal
 * the tasks' gradients on the shared parameters are, and how often pairs of tasks conflict.
 * Steps where diagnostics were not computed (NaN) are left out.
 */
public final class RecentStats {
  private RecentStats() {}

  /**
   * Task imbalance over recent steps.
   *
   * @param ratio median over the steps of (largest / smallest task gradient norm)
   * @param largest the task whose median norm is largest
   * @param smallest the task whose median norm is smallest
   * @param steps steps that had gradients measured
   */
  public record Imbalance(double ratio, int largest, int smallest, int steps) {}

  /**
   * Pairwise conflict over recent steps.
   *
   * @param meanCosine [i][j] mean cosine between the gradients of tasks i and j (NaN: not measured)
   * @param conflictShare [i][j] share of the measured steps with cosine &lt; 0
   * @param steps [i][j] steps measured
   */
  public record Conflict(double[][] meanCosine, double[][] conflictShare, int[][] steps) {}

  /** Imbalance of the gradient norms over the last {@code window} steps of {@code log}. */
  public static Imbalance imbalance(MetricsLog log, int window) {
    int n = log.size();
    int k = log.taskNames().size();
    int from = Math.max(0, n - window);
    double[] ratios = new double[n - from];
    double[][] norms = new double[k][n - from];
    int m = 0;
    for (int i = from; i < n; i++) {
      double max = 0;
      double min = Double.POSITIVE_INFINITY;
      boolean measured = true;
      for (int t = 0; t < k && measured; t++) {
        double g = log.value(MetricsLog.Series.GRAD_NORM, t, i);
        measured = !Double.isNaN(g);
        max = Math.max(max, g);
        min = Math.min(min, g);
      }
      if (!measured || k < 2) {
        continue;
      }
      for (int t = 0; t < k; t++) {
        norms[t][m] = log.value(MetricsLog.Series.GRAD_NORM, t, i);
      }
      ratios[m++] = max / min;
    }
    if (m == 0) {
      return new Imbalance(Double.NaN, -1, -1, 0);
    }
    int largest = 0;
    int smallest = 0;
    double[] medians = new double[k];
    for (int t = 0; t < k; t++) {
      medians[t] = median(norms[t], m);
      if (medians[t] > medians[largest]) {
        largest = t;
      }
      if (medians[t] < medians[smallest]) {
        smallest = t;
      }
    }
    return new Imbalance(median(ratios, m), largest, smallest, m);
  }

  /** Mean cosine and share of steps in conflict for every task pair over the last {@code window} steps. */
  public static Conflict conflict(MetricsLog log, int window) {
    int n = log.size();
    int k = log.taskNames().size();
    int from = Math.max(0, n - window);
    double[][] mean = new double[k][k];
    double[][] share = new double[k][k];
    int[][] steps = new int[k][k];
    for (int i = 0; i < k; i++) {
      mean[i][i] = 1;
      for (int j = i + 1; j < k; j++) {
        double sum = 0;
        int negative = 0;
        int count = 0;
        for (int s = from; s < n; s++) {
          double c = log.cosine(i, j, s);
          if (!Double.isNaN(c)) {
            sum += c;
            count++;
            if (c < 0) {
              negative++;
            }
          }
        }
        mean[i][j] = mean[j][i] = count == 0 ? Double.NaN : sum / count;
        share[i][j] = share[j][i] = count == 0 ? 0 : (double) negative / count;
        steps[i][j] = steps[j][i] = count;
      }
    }
    return new Conflict(mean, share, steps);
  }

  /** The median of {@code v[0..m)} (the mean of the two middle values for even m); sorts a copy. */
  static double median(double[] v, int m) {
    double[] s = Arrays.copyOf(v, m);
    Arrays.sort(s);
    return m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
  }
}

package org.mtlworkbench.nn.metrics;

/**
 * Regression metrics over the labelled rows ({@code mask[i] != 0}, or all rows when the mask is
 * {@code null}); each is NaN when no row is labelled.
 */
public final class RegressionMetrics {
  private RegressionMetrics() {}

  /** Mean squared error {@code (1/n) Σ (ŷ − y)²}. */
  public static double mse(double[] predicted, double[] target, double[] mask) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < target.length; i++) {
      if (labelled(mask, i)) {
        double d = predicted[i] - target[i];
        sum += d * d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Mean absolute error {@code (1/n) Σ |ŷ − y|}. */
  public static double mae(double[] predicted, double[] target, double[] mask) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < target.length; i++) {
      if (labelled(mask, i)) {
        sum += Math.abs(predicted[i] - target[i]);
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * Coefficient of determination {@code 1 − Σ(y − ŷ)² / Σ(y − ȳ)²}. When the labelled targets are
   * all equal the ratio is undefined; as scikit-learn's {@code r2_score} does by default, the
   * result is then 1 for a perfect prediction and 0 otherwise.
   */
  public static double r2(double[] predicted, double[] target, double[] mask) {
    double mean = 0;
    int n = 0;
    for (int i = 0; i < target.length; i++) {
      if (labelled(mask, i)) {
        mean += target[i];
        n++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    mean /= n;
    double residual = 0;
    double total = 0;
    for (int i = 0; i < target.length; i++) {
      if (labelled(mask, i)) {
        double r = target[i] - predicted[i];
        double t = target[i] - mean;
        residual += r * r;
        total += t * t;
      }
    }
    if (total == 0) {
      return residual == 0 ? 1.0 : 0.0;
    }
    return 1 - residual / total;
  }

  static boolean labelled(double[] mask, int i) {
    return mask == null || mask[i] != 0;
  }
}

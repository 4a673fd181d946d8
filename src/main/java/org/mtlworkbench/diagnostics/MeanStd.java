package org.mtlworkbench.diagnostics;

/**
 * Mean and sample standard deviation (n − 1 in the denominator) of a few values, such as one
 * metric over seeds. NaN values are left out; {@code std} is NaN with fewer than two values.
 *
 * @param mean the mean of the finite values (NaN when there are none)
 * @param std the sample standard deviation
 * @param n how many values were used
 */
public record MeanStd(double mean, double std, int n) {

  public static MeanStd of(double[] values) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n == 0) {
      return new MeanStd(Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    if (n < 2) {
      return new MeanStd(mean, Double.NaN, n);
    }
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    return new MeanStd(mean, Math.sqrt(ss / (n - 1)), n);
  }
}

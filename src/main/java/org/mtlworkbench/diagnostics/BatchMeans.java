package org.mtlworkbench.diagnostics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Confidence intervals for the mean of an autocorrelated series by non-overlapping batch means
 * (Flegal &amp; Jones 2010, "Batch means and spectral variance estimators in Markov chain Monte
 * Carlo", Ann. Statist. 38(2)): the T values are cut into b contiguous batches of m values; the
 * batch means are close to independent when m is long against the series' correlation time, so
 * their spread gives the standard error of the overall mean, with a t quantile on b − 1 degrees of
 * freedom. Consecutive training steps are correlated (the parameters drift slowly, and a trend
 * inside the window only widens the interval), so treating T steps as T independent draws would
 * claim far too much.
 *
 * <p>Batch size m = max(minBatchSize, ⌊√T⌋), b = ⌊T/m⌋ (Flegal &amp; Jones' m = √T rule); the first
 * T − b·m values (the oldest) are left out so that the estimate rests on the most recent ones.
 * Fewer than minBatches batches: no estimate ({@link Estimate#insufficient}).
 */
public final class BatchMeans {
  private BatchMeans() {}

  /**
   * How a series of {@code n} values is batched.
   *
   * @param batches b
   * @param size m
   * @param skip values left out at the start (n − b·m)
   */
  public record Layout(int batches, int size, int skip) {}

  /** The batching of {@code n} values, or null when it gives fewer than {@code minBatches} batches. */
  public static Layout layout(int n, int minBatchSize, int minBatches) {
    int m = Math.max(minBatchSize, (int) Math.floor(Math.sqrt(n)));
    int b = n / m;
    return b < Math.max(2, minBatches) ? null : new Layout(b, m, n - b * m);
  }

  /** The fewest values that give a layout. */
  public static int needed(int minBatchSize, int minBatches) {
    int n = 1;
    while (layout(n, minBatchSize, minBatches) == null) {
      n++;
    }
    return n;
  }

  /**
   * The mean of the finite values of {@code series} (in their order) with a two-sided interval at
   * {@code confidence}.
   */
  public static Estimate mean(double[] series, int minBatchSize, int minBatches, double confidence) {
    double[] v = Series.finite(series);
    Layout l = layout(v.length, minBatchSize, minBatches);
    if (l == null) {
      return Estimate.insufficient(v.length, needed(minBatchSize, minBatches));
    }
    double[] means = batchMeans(v, l);
    double mean = 0;
    for (double y : means) {
      mean += y;
    }
    mean /= l.batches();
    double ss = 0;
    for (double y : means) {
      ss += (y - mean) * (y - mean);
    }
    double se = Math.sqrt(ss / (l.batches() - 1) / l.batches());
    double half = quantile(l.batches() - 1, confidence) * se;
    return new Estimate(mean, mean - half, mean + half, v.length, l.batches(), l.size(), 0);
  }

  /** The means of the b batches of {@code values} under {@code l}. */
  static double[] batchMeans(double[] values, Layout l) {
    double[] means = new double[l.batches()];
    for (int b = 0; b < l.batches(); b++) {
      double s = 0;
      int from = l.skip() + b * l.size();
      for (int i = from; i < from + l.size(); i++) {
        s += values[i];
      }
      means[b] = s / l.size();
    }
    return means;
  }

  /**
   * The two-sided t quantile t_{df, (1 + confidence)/2}, remembered: commons-math finds it by a
   * root search, and a scan of a long run asks for the same few quantiles thousands of times.
   */
  static double quantile(int degreesOfFreedom, double confidence) {
    return QUANTILES.computeIfAbsent(degreesOfFreedom + "@" + confidence,
        key -> new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + confidence / 2));
  }

  private static final java.util.Map<String, Double> QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();
}

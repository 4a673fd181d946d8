package org.mtlworkbench.diagnostics;

import java.util.function.ToDoubleFunction;

/**
 * Confidence intervals for a smooth function of several window means — a ratio such as the
 * denoised cosine mean(ℓ_ij)/√(mean(a_i)·mean(a_j)) — by the jackknife over contiguous batches
 * (Efron 1982, "The Jackknife, the Bootstrap and Other Resampling Plans", SIAM, ch. 2–3; deleting
 * a whole batch instead of one value keeps the method valid for correlated series, Künsch 1989).
 * With θ̂ = f(means over all batches) and θ_(b) = f(means without batch b), b = 1..B:
 *
 * <pre>  var = (B − 1)/B · Σ_b (θ_(b) − θ̄)²,    interval θ̂ ± t_{B−1} · √var</pre>
 *
 * <p>Steps where any of the series is undefined are left out; the batching is {@link
 * BatchMeans#layout}'s. When f is undefined on the full window or on any leave-one-out window, so
 * is the estimate.
 */
public final class Jackknife {
  private Jackknife() {}

  /**
   * @param series the paired step series (same length), e.g. {ℓ_ij, a_i, a_j}
   * @param f the statistic as a function of the series' means, in the same order
   */
  public static Estimate of(double[][] series, ToDoubleFunction<double[]> f, int minBatchSize, int minBatches,
      double confidence) {
    double[][] v = Series.jointlyFinite(series);
    int n = v[0].length;
    BatchMeans.Layout l = BatchMeans.layout(n, minBatchSize, minBatches);
    if (l == null) {
      return Estimate.insufficient(n, BatchMeans.needed(minBatchSize, minBatches));
    }
    int r = series.length;
    int b = l.batches();
    double[][] means = new double[r][];
    double[] total = new double[r];
    for (int s = 0; s < r; s++) {
      means[s] = BatchMeans.batchMeans(v[s], l);
      for (double m : means[s]) {
        total[s] += m;
      }
    }
    double[] all = new double[r];
    for (int s = 0; s < r; s++) {
      all[s] = total[s] / b;
    }
    double estimate = f.applyAsDouble(all);
    double[] leaveOut = new double[b];
    double[] without = new double[r];
    double mean = 0;
    for (int k = 0; k < b; k++) {
      for (int s = 0; s < r; s++) {
        without[s] = (total[s] - means[s][k]) / (b - 1);
      }
      leaveOut[k] = f.applyAsDouble(without);
      mean += leaveOut[k];
    }
    mean /= b;
    double ss = 0;
    for (double x : leaveOut) {
      ss += (x - mean) * (x - mean);
    }
    double half = BatchMeans.quantile(b - 1, confidence) * Math.sqrt((b - 1.0) / b * ss);
    if (!Double.isFinite(estimate) || !Double.isFinite(half)) {
      return Estimate.undefined(n, b, l.size());
    }
    return new Estimate(estimate, estimate - half, estimate + half, n, b, l.size(), 0);
  }
}

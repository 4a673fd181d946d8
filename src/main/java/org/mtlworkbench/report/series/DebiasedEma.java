package org.mtlworkbench.report.series;

/**
 * Exponential moving average with the start-up bias removed, as TensorBoard smooths its scalar
 * charts: m_t = w·m_{t−1} + (1 − w)·y_t, c_t = w·c_{t−1} + (1 − w), shown s_t = m_t / c_t (Adam's
 * bias correction, Kingma &amp; Ba 2015, §3). Without the correction the curve starts near 0 and
 * creeps up; with it the first smoothed value is the first value itself.
 *
 * <p>Incremental: feed values one at a time as the run produces them. A NaN value (not measured at
 * that step) yields NaN and leaves the state as it was.
 */
public final class DebiasedEma {
  private final double weight;
  private double mean;
  private double norm;

  /** @param weight w in [0, 1): 0 leaves the series as it is, 0.99 smooths strongly */
  public DebiasedEma(double weight) {
    if (!(weight >= 0 && weight < 1)) {
      throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
    }
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }

  /** The smoothed value after {@code y}. */
  public double next(double y) {
    if (Double.isNaN(y)) {
      return Double.NaN;
    }
    mean = weight * mean + (1 - weight) * y;
    norm = weight * norm + (1 - weight);
    return mean / norm;
  }

  /** Smooths {@code in[from..to)} into {@code out[from..to)}, continuing from the current state. */
  public void apply(float[] in, int from, int to, float[] out) {
    for (int i = from; i < to; i++) {
      out[i] = (float) next(in[i]);
    }
  }
}

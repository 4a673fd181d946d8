package org.mtlworkbench.data;

import java.util.Arrays;

/**
 * Per-feature standardisation {@code x' = (x − μ_j) / σ_j}, with μ and σ taken from the training
 * split only, so that nothing about the validation or test rows leaks into training.
 *
 * <p>σ is the population standard deviation (divide by n, as scikit-learn's StandardScaler does),
 * computed in double precision in two passes. A constant column (σ below 1e-6·max(1, |μ|)) gets
 * σ = 1, so it becomes a column of zeros instead of NaN.
 */
public final class Standardizer {
  private final double[] mean;
  private final double[] std;

  private Standardizer(double[] mean, double[] std) {
    this.mean = mean;
    this.std = std;
  }

  /** Learns μ and σ of every feature from {@code train}. */
  public static Standardizer fit(Dataset train) {
    int d = train.featureCount();
    int n = train.rows();
    float[] x = train.features();
    double[] mean = new double[d];
    double[] std = new double[d];
    if (n == 0) {
      Arrays.fill(std, 1);
      return new Standardizer(mean, std);
    }
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[r * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        double dev = x[r * d + j] - mean[j];
        std[j] += dev * dev;
      }
    }
    for (int j = 0; j < d; j++) {
      double s = Math.sqrt(std[j] / n);
      std[j] = s < 1e-6 * Math.max(1, Math.abs(mean[j])) ? 1 : s;
    }
    return new Standardizer(mean, std);
  }

  /** A new dataset with standardised features; targets are shared with {@code data}. */
  public Dataset apply(Dataset data) {
    float[] out = new float[data.features().length];
    transform(data, out);
    return data.withFeatures(out);
  }

  /**
   * Standardises the feature array of {@code data} itself. Only for a dataset whose array nobody
   * else holds, such as a split just made by {@link DataSplits#split}.
   */
  void applyInPlace(Dataset data) {
    transform(data, data.features());
  }

  private void transform(Dataset data, float[] out) {
    int d = mean.length;
    if (data.featureCount() != d) {
      throw new IllegalArgumentException(
          "fitted on " + d + " features, given " + data.featureCount());
    }
    float[] x = data.features();
    for (int base = 0; base < x.length; base += d) {
      for (int j = 0; j < d; j++) {
        out[base + j] = (float) ((x[base + j] - mean[j]) / std[j]);
      }
    }
  }

  /** The training mean of each feature (a copy). */
  public double[] mean() {
    return mean.clone();
  }

  /** The training standard deviation of each feature, 1 for constant columns (a copy). */
  public double[] std() {
    return std.clone();
  }
}

package org.mtlworkbench.balance;

/** Small dense helpers for K × K Gram matrices (K is the number of tasks). */
final class Grams {
  private Grams() {}

  /**
   * (M + Mᵀ) / (2·max_k M_kk): the same geometry on a fixed scale, so that tolerances can be
   * relative and results do not depend on how large the gradients are; symmetric to the last bit
   * (a Gram matrix from a single-precision product may not be). All zeros stays all zeros.
   */
  static double[][] normalized(double[][] gram) {
    int k = gram.length;
    double scale = 0;
    for (int i = 0; i < k; i++) {
      scale = Math.max(scale, gram[i][i]);
    }
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i][j] = scale > 0 ? (gram[i][j] + gram[j][i]) / (2 * scale) : 0.0;
      }
    }
    return m;
  }

  static double[] times(double[][] m, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += m[i][j] * v[j];
      }
      out[i] = s;
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static boolean allFinite(double[][] m) {
    for (double[] row : m) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * What a gradient method answers to a Gram matrix with NaN or infinite entries (gradients that
   * overflowed): NaN weights and coefficients, so that the step fails the trainer's divergence
   * check instead of a solver throwing or looping on garbage.
   */
  static Combination undefined(int k) {
    double[] nan = new double[k];
    java.util.Arrays.fill(nan, Double.NaN);
    return Combination.weighting(nan);
  }
}

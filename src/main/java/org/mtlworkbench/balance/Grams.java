package org.mtlworkbench.balance;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

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

  /**
   * A⁺r by the singular value decomposition, singular values at or below {@code tolerance} times
   * the largest dropped: the least-squares solution of Ax = r nearest to 0.
   */
  static double[] pseudoInverseTimes(double[][] a, double[] r, double tolerance) {
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(a, false));
    double[] sigma = svd.getSingularValues();
    RealMatrix u = svd.getU();
    RealMatrix v = svd.getV();
    double[] x = new double[a[0].length];
    for (int s = 0; s < sigma.length; s++) {
      if (!(sigma[s] > tolerance * sigma[0])) {
        continue;
      }
      double coordinate = dot(u.getColumn(s), r) / sigma[s];
      for (int j = 0; j < x.length; j++) {
        x[j] += coordinate * v.getEntry(j, s);
      }
    }
    return x;
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
   * overflowed): NaN weights and coefficients for the tasks whose row of the Gram matrix is not
   * finite (all tasks when that names none), so that the trainer reports the step as diverged,
   * naming the task, instead of a solver throwing or looping on garbage.
   */
  static Combination undefined(double[][] gram) {
    int k = gram.length;
    double[] values = new double[k];
    boolean named = false;
    for (int i = 0; i < k; i++) {
      if (!Double.isFinite(gram[i][i])) {
        values[i] = Double.NaN;
        named = true;
      } else {
        values[i] = 1.0;
      }
    }
    if (!named) {
      java.util.Arrays.fill(values, Double.NaN);
    }
    return new Combination(values, values.clone(), values.clone());
  }
}

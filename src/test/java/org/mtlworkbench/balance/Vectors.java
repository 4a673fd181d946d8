package org.mtlworkbench.balance;

import java.util.Random;

/** Plain double-precision vector helpers for strategy tests (second implementations work on these). */
final class Vectors {
  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** Σ_k c_k g_k. */
  static double[] combine(double[] c, double[][] g) {
    double[] d = new double[g[0].length];
    for (int k = 0; k < g.length; k++) {
      for (int j = 0; j < d.length; j++) {
        d[j] += c[k] * g[k][j];
      }
    }
    return d;
  }

  static double[][] gram(double[][] g) {
    double[][] m = new double[g.length][g.length];
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < g.length; j++) {
        m[i][j] = dot(g[i], g[j]);
      }
    }
    return m;
  }

  /** k × p standard normal rows, each scaled by a random factor in [0.1, 10) so that norms differ. */
  static double[][] random(Random r, int k, int p) {
    double[][] g = new double[k][p];
    for (double[] row : g) {
      double scale = Math.pow(10, 2 * r.nextDouble() - 1);
      for (int j = 0; j < p; j++) {
        row[j] = scale * r.nextGaussian();
      }
    }
    return g;
  }

  /** Rows in the order given by {@code order}. */
  static double[][] permute(double[][] g, int[] order) {
    double[][] p = new double[g.length][];
    for (int i = 0; i < order.length; i++) {
      p[i] = g[order[i]];
    }
    return p;
  }

  /** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      if (Math.abs(m[p][c]) < 1e-13) {
        return null;
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int j = c; j <= n; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }

  /**
   * The shared update of a step: the coefficients applied to the rows the model combines — the
   * task gradients, or the rows a strategy put in their place ({@link TaskGradients#replaceRows}).
   */
  static double[] update(StepContext context, Combination c) {
    double[][] rows = context.gradients().matrix().toDoubleMatrix();
    return combine(c.coefficients(), rows);
  }

  /** The update direction a strategy gives for gradient rows {@code g}. */
  static double[] direction(BalancingStrategy s, double[][] g) {
    return Vectors.combine(s.combine(Setups.gradients(g)).coefficients(), g);
  }
}

package org.mtlworkbench.data;

import java.util.Random;
import org.mtlworkbench.common.InputException;

/**
 * K vectors in R^d of norm c whose pairwise cosines all equal p.
 *
 * <p>Construction: draw K orthonormal vectors u_1..u_K (Gaussian vectors, then Gram–Schmidt),
 * take the Cholesky factor L of the wanted Gram matrix G = (1 − p)·I + p·11ᵀ, and set
 * w_k = c · Σ_j L_kj u_j. Then w_iᵀw_j = c²·(LLᵀ)_ij = c²·G_ij. For K = 2 the factor is
 * L = [[1, 0], [p, √(1−p²)]], i.e. exactly Ma et al. 2018, Eq. 2:
 * w_1 = c·u_1, w_2 = c·(p·u_1 + √(1−p²)·u_2).
 *
 * <p>G has eigenvalues 1 − p and 1 + (K−1)·p, so such vectors exist only for
 * −1/(K−1) ≤ p ≤ 1 (three unit vectors can be at most 120° apart from each other). A p below
 * that bound is rejected with an error that names it. At the bounds G is singular; the Cholesky
 * step then sets the zero pivots' columns to 0, which still gives LLᵀ = G.
 */
final class EqualCosineVectors {
  private EqualCosineVectors() {}

  /** Row k is w_k. Needs d ≥ K. */
  static double[][] draw(int d, int k, double p, double c, Random rng) {
    if (!(p >= -1 && p <= 1)) {
      throw new InputException("correlation: must be between -1 and 1, got " + p);
    }
    if (k > 1 && p < -1.0 / (k - 1) - 1e-12) {
      throw new InputException("correlation: " + k + " tasks cannot all have pairwise cosine " + p
          + "; the lowest possible is -1/(tasks-1) = " + (-1.0 / (k - 1)));
    }
    if (d < k) {
      throw new InputException("features: " + d + " features cannot hold " + k
          + " orthogonal task directions; use at least " + k);
    }
    double[][] u = orthonormal(d, k, rng);
    double[][] l = cholesky(gram(k, p));
    double[][] w = new double[k][d];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        for (int t = 0; t < d; t++) {
          w[i][t] += c * l[i][j] * u[j][t];
        }
      }
    }
    return w;
  }

  static double[][] gram(int k, double p) {
    double[][] g = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        g[i][j] = i == j ? 1 : p;
      }
    }
    return g;
  }

  /** Lower-triangular L with LLᵀ = g for a positive semi-definite g. */
  static double[][] cholesky(double[][] g) {
    int k = g.length;
    double[][] l = new double[k][k];
    for (int j = 0; j < k; j++) {
      double s = g[j][j];
      for (int t = 0; t < j; t++) {
        s -= l[j][t] * l[j][t];
      }
      double pivot = s > 1e-12 ? Math.sqrt(s) : 0;
      l[j][j] = pivot;
      for (int i = j + 1; i < k; i++) {
        double v = g[i][j];
        for (int t = 0; t < j; t++) {
          v -= l[i][t] * l[j][t];
        }
        l[i][j] = pivot == 0 ? 0 : v / pivot;
      }
    }
    return l;
  }

  /** K orthonormal vectors in R^d from Gaussian draws and modified Gram–Schmidt. */
  static double[][] orthonormal(int d, int k, Random rng) {
    double[][] u = new double[k][d];
    for (int i = 0; i < k; i++) {
      double norm;
      do {
        for (int t = 0; t < d; t++) {
          u[i][t] = rng.nextGaussian();
        }
        for (int j = 0; j < i; j++) {
          double dot = 0;
          for (int t = 0; t < d; t++) {
            dot += u[i][t] * u[j][t];
          }
          for (int t = 0; t < d; t++) {
            u[i][t] -= dot * u[j][t];
          }
        }
        norm = 0;
        for (int t = 0; t < d; t++) {
          norm += u[i][t] * u[i][t];
        }
        norm = Math.sqrt(norm);
      } while (norm < 1e-6); // a draw inside the span of the others: practically never
      for (int t = 0; t < d; t++) {
        u[i][t] /= norm;
      }
    }
    return u;
  }
}

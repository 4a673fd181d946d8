package org.mtlworkbench.balance;

import java.util.ArrayList;
import java.util.List;

/**
 * Projection onto the dual cone of the task gradients, on their Gram matrix alone (Quinton &amp; Rey
 * 2024, "Jacobian Descent for Multi-Objective Optimization", Proposition 1).
 *
 * <p>The dual cone of the rows g_k of G is C = {x : g_k·x ≥ 0 for every k}: the directions that
 * raise no task's loss to first order. The projection of a combination Gᵀu onto C is Gᵀw with
 * w = argmin_{v ≥ u} vᵀMv, M = GGᵀ — a quadratic programme in K variables with simple bounds.
 *
 * <p>We solve it exactly with the active-set method of Lawson &amp; Hanson (1974, for non-negative
 * least squares), which here reads: start from v = u with every bound active; while some active
 * bound has a negative multiplier (Mv)_i, free the most negative one and solve the equality
 * problem (Mv)_F = 0 on the free set F with v = u elsewhere, stepping back to the last feasible
 * point and re-activating bounds when the solution leaves v ≥ u. For positive definite M it ends
 * after finitely many steps at the optimum; TorchJD hands the same programme to quadprog
 * (Goldfarb–Idnani). Equality problems that are singular (M only semi-definite) are solved with
 * the pseudo-inverse.
 */
final class DualCone {
  private static final double TOLERANCE = 1e-13;

  private DualCone() {}

  /**
   * w = argmin_{v ≥ u} vᵀMv.
   *
   * @param m a symmetric positive (semi-)definite K × K matrix, entries of order 1
   * @param u the lower bounds (the combination to project)
   */
  static double[] project(double[][] m, double[] u) {
    int k = u.length;
    double[] v = u.clone();
    boolean[] free = new boolean[k];
    for (int round = 0; round < 4 * k + 4; round++) {
      double[] multipliers = Grams.times(m, v);
      int enter = -1;
      for (int i = 0; i < k; i++) {
        if (!free[i] && multipliers[i] < -TOLERANCE && (enter < 0 || multipliers[i] < multipliers[enter])) {
          enter = i;
        }
      }
      if (enter < 0) {
        return v;
      }
      free[enter] = true;
      for (int inner = 0; inner <= k; inner++) {
        double[] z = equalitySolution(m, u, free);
        double step = 1.0;
        for (int i = 0; i < k; i++) {
          if (free[i] && z[i] <= u[i] && v[i] - z[i] > 0) {
            step = Math.min(step, (v[i] - u[i]) / (v[i] - z[i]));
          }
        }
        for (int i = 0; i < k; i++) {
          v[i] += step * (z[i] - v[i]);
        }
        if (step >= 1.0) {
          break;
        }
        for (int i = 0; i < k; i++) {
          if (free[i] && v[i] - u[i] <= TOLERANCE * (1 + Math.abs(u[i]))) {
            free[i] = false;
            v[i] = u[i];
          }
        }
      }
    }
    return v;
  }

  /**
   * The Gram matrix as UPGrad and DualProj solve on it, after TorchJD: divided by its trace (the
   * squared Frobenius norm of G, so the result does not depend on the gradients' scale; all zeros
   * when the trace is 0) plus {@code regularization}·I, which keeps it positive definite when
   * gradients are dependent or rounding made M slightly indefinite.
   */
  static double[][] regularized(double[][] gram, double regularization) {
    int k = gram.length;
    double trace = 0;
    for (int i = 0; i < k; i++) {
      trace += gram[i][i];
    }
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i][j] = trace > 0 ? (gram[i][j] + gram[j][i]) / (2 * trace) : 0.0;
      }
      m[i][i] += regularization;
    }
    return m;
  }

  /** v with v_i = u_i off the free set and (Mv)_F = 0 on it. */
  private static double[] equalitySolution(double[][] m, double[] u, boolean[] free) {
    int k = u.length;
    List<Integer> f = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (free[i]) {
        f.add(i);
      }
    }
    double[][] a = new double[f.size()][f.size()];
    double[] b = new double[f.size()];
    for (int r = 0; r < f.size(); r++) {
      int i = f.get(r);
      for (int c = 0; c < f.size(); c++) {
        a[r][c] = m[i][f.get(c)];
      }
      for (int j = 0; j < k; j++) {
        if (!free[j]) {
          b[r] -= m[i][j] * u[j];
        }
      }
    }
    double[] x = Grams.pseudoInverseTimes(a, b, 1e-14);
    double[] v = u.clone();
    for (int r = 0; r < f.size(); r++) {
      v[f.get(r)] = x[r];
    }
    return v;
  }
}

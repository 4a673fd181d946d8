package org.mtlworkbench.balance;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * Solves M w = w^{−1/α} elementwise for w &gt; 0, M a Gram matrix GGᵀ: the weights of α-fair
 * resource allocation among the tasks (FairGrad, Ban &amp; Ji 2024), whose case α = 1, Mw = 1/w,
 * is the Nash bargaining solution (Nash-MTL, Navon et al. 2022).
 *
 * <p>The equation is the stationarity condition of the strictly convex f(w) = ½wᵀMw − Σ_k h(w_k)
 * on w &gt; 0, with h(w) = log w for α = 1 and w^{1−1/α}/(1 − 1/α) otherwise (h' = w^{−1/α}, h
 * concave). Instead of a general least-squares or convex solver (FairGrad's authors use scipy's
 * {@code least_squares}, Nash-MTL's cvxpy) we minimise f by damped Newton's method: step
 * −(M + diag(h''))⁻¹(Mw − w^{−1/α}), halved until it stays positive and decreases f, finished by one
 * full step once the Newton decrement is below 10⁻¹⁴. Start: the solution for orthogonal
 * gradients, w_k = M_kk^{−α/(1+α)}.
 *
 * <p>Scale: the problem is solved on M/||M||_F and the result rescaled, since if M = s·m then
 * w = s^{−α/(1+α)}·ŵ with mŵ = ŵ^{−1/α}. When the gradients are Pareto-stationary (e.g. two exactly
 * opposed) the equation has no solution and the iterates run off to infinity; when they pass
 * {@value #LARGEST_WEIGHT} times the largest starting weight (at least 1) or do not converge, the
 * equation is solved again with a ridge of {@value #RIDGE} added to the normalised M, which keeps w
 * finite while Σ w_k g_k nearly vanishes.
 */
final class FairnessEquation {
  static final double RIDGE = 1e-6;
  static final double LARGEST_WEIGHT = 1e3;
  private static final int MAX_ITERATIONS = 100;
  /** Newton decrement (gradient·H⁻¹·gradient) below which one last full step finishes. */
  private static final double CONVERGED = 1e-14;

  /** A task whose squared gradient norm is below this fraction of the largest has no gradient. */
  private static final double ZERO_GRADIENT = 1e-24;

  private FairnessEquation() {}

  /**
   * The weights for every task: a task with a zero gradient gets 0 (its equation 0 = w^{−1/α} has
   * no solution, and its gradient adds nothing to the update) and the others are solved alone.
   *
   * @param gram GGᵀ, finite
   * @param alpha the fairness exponent α &gt; 0
   * @param normalized see {@link #solve}
   */
  static double[] weights(double[][] gram, double alpha, boolean normalized) {
    int k = gram.length;
    double scale = 0;
    for (int i = 0; i < k; i++) {
      scale = Math.max(scale, gram[i][i]);
    }
    double threshold = ZERO_GRADIENT * scale;
    int[] active = java.util.stream.IntStream.range(0, k).filter(i -> gram[i][i] > threshold).toArray();
    double[] w = new double[k];
    if (active.length == 0) {
      return w;
    }
    double[][] sub = new double[active.length][active.length];
    for (int i = 0; i < active.length; i++) {
      for (int j = 0; j < active.length; j++) {
        sub[i][j] = gram[active[i]][active[j]];
      }
    }
    double[] solved = solve(sub, alpha, normalized);
    for (int j = 0; j < active.length; j++) {
      w[active[j]] = solved[j];
    }
    return w;
  }

  /**
   * @param gram M, K × K, positive definite on the tasks given (zero-gradient tasks removed)
   * @param alpha the fairness exponent α &gt; 0
   * @param normalized return ŵ for M/||M||_F (Nash-MTL's convention) instead of w for M itself
   */
  static double[] solve(double[][] gram, double alpha, boolean normalized) {
    int k = gram.length;
    double frobenius = 0;
    for (double[] row : gram) {
      for (double v : row) {
        frobenius += v * v;
      }
    }
    frobenius = Math.sqrt(frobenius);
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i][j] = (gram[i][j] + gram[j][i]) / (2 * frobenius);
      }
    }
    double[] w = solveNormalized(m, alpha, 0.0);
    if (w == null) {
      w = solveNormalized(m, alpha, RIDGE);
    }
    if (!normalized) {
      double scale = Math.pow(frobenius, -alpha / (1 + alpha));
      for (int i = 0; i < k; i++) {
        w[i] *= scale;
      }
    }
    return w;
  }

  /** Newton on f for m + ridge·I; null if it diverges or does not converge without a ridge. */
  private static double[] solveNormalized(double[][] normalizedGram, double alpha, double ridge) {
    int k = normalizedGram.length;
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      m[i] = normalizedGram[i].clone();
      m[i][i] += ridge;
    }
    double[] w = new double[k];
    double largestStart = 1;
    for (int i = 0; i < k; i++) {
      w[i] = Math.pow(m[i][i], -alpha / (1 + alpha));
      largestStart = Math.max(largestStart, w[i]);
    }
    double runaway = LARGEST_WEIGHT * largestStart;
    boolean exact = ridge == 0;
    double value = objective(m, w, alpha);
    double[] trial = new double[k];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] mw = Grams.times(m, w);
      double[] gradient = new double[k];
      double[][] hessian = new double[k][k];
      for (int i = 0; i < k; i++) {
        gradient[i] = mw[i] - Math.pow(w[i], -1 / alpha);
        for (int j = 0; j < k; j++) {
          hessian[i][j] = m[i][j] + (i == j ? Math.pow(w[i], -1 / alpha - 1) / alpha : 0.0);
        }
      }
      double[] step;
      try {
        step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false), 1e-12, 1e-300).getSolver()
            .solve(new ArrayRealVector(gradient, false)).toArray();
      } catch (NonPositiveDefiniteMatrixException e) {
        return exact ? null : w;
      }
      double decrement = Grams.dot(gradient, step);
      if (!(decrement > CONVERGED)) {
        // within the region of quadratic convergence: one full step more reaches rounding level,
        // which f itself can no longer resolve (its changes are below its last bit)
        for (int i = 0; i < k; i++) {
          trial[i] = w[i] - step[i];
        }
        return Arrays.stream(trial).allMatch(a -> a > 0) ? trial : w;
      }
      boolean moved = false;
      double t = 1.0;
      for (int halvings = 0; halvings < 60 && !moved; halvings++, t /= 2) {
        boolean positive = true;
        for (int i = 0; i < k; i++) {
          trial[i] = w[i] - t * step[i];
          positive &= trial[i] > 0;
        }
        if (positive) {
          double v = objective(m, trial, alpha);
          if (v <= value - 0.25 * t * decrement) {
            value = v;
            System.arraycopy(trial, 0, w, 0, k);
            moved = true;
          }
        }
      }
      if (!moved) {
        // no decrease left at double precision: converged unless far from it
        return decrement < 1e-12 || !exact ? w : null;
      }
      if (exact && Arrays.stream(w).max().orElse(0) > runaway) {
        return null;
      }
    }
    return exact ? null : w;
  }

  private static double objective(double[][] m, double[] w, double alpha) {
    double v = 0.5 * Grams.dot(w, Grams.times(m, w));
    for (double a : w) {
      v -= alpha == 1 ? Math.log(a) : Math.pow(a, 1 - 1 / alpha) / (1 - 1 / alpha);
    }
    return v;
  }
}

package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * Nash-MTL, Navon, Shamsian, Achituve, Maron, Kawaguchi, Chechik &amp; Fetaya, "Multi-Task Learning
 * as a Bargaining Game" (ICML 2022), §3.
 *
 * <p>The tasks bargain over the update d in a ball; the Nash bargaining solution is d = Σ_k α_k g_k
 * with α &gt; 0 solving (GGᵀ)α = 1/α elementwise, i.e. d·g_k = 1/α_k for every task: each task's
 * first-order gain is inversely proportional to its weight, and every gain is positive (no task's
 * loss increases to first order). That equation is exactly the stationarity condition of the
 * strictly convex f(α) = ½αᵀMα − Σ_k log α_k on α &gt; 0, so instead of the paper's sequence of
 * convex sub-problems (which its authors hand to cvxpy) we minimise f by damped Newton's method:
 * step −(M + diag(1/α²))⁻¹(Mα − 1/α), halved until it stays positive and decreases f, finished
 * by one full step once the Newton decrement is below 10⁻¹⁴ — a handful of iterations, no general
 * convex solver needed.
 *
 * <p>Scale: as in the authors' code, M is first divided by its Frobenius norm, so α does not depend
 * on the gradients' scale and d grows with them like an ordinary gradient (the paper's α is ours
 * divided by √||M||_F). The weights shown and applied to the heads are α: the authors'
 * code back-propagates Σ_k α_k L_k through the whole network. When the gradients are
 * Pareto-stationary (e.g. two exactly opposed) the equation has no solution and Newton's iterates
 * run off to infinity; when they pass {@value #LARGEST_WEIGHT} or do not converge, we solve again
 * with a ridge of {@value #RIDGE} added to the normalised M, which keeps α finite (at most about
 * 10³) while d nearly vanishes. A task with a zero gradient gets α = 0 and the others are solved
 * alone.
 */
public final class NashMtl implements BalancingStrategy {
  public static final String NAME = "nash";
  static final double RIDGE = 1e-6;
  static final double LARGEST_WEIGHT = 1e3;
  private static final int MAX_ITERATIONS = 100;
  /** Newton decrement (gradient·H⁻¹·gradient) below which one last full step finishes. */
  private static final double CONVERGED = 1e-14;
  private static final double ZERO_GRADIENT = 1e-24;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsTaskGradients() {
    return true;
  }

  @Override
  public Combination combine(StepContext context) {
    double[][] gram = context.gradients().gram();
    int k = gram.length;
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(k);
    }
    double scale = maxDiagonal(gram);
    int[] active = IntStream.range(0, k).filter(i -> gram[i][i] > ZERO_GRADIENT * scale).toArray();
    double[] alpha = new double[k];
    if (active.length > 0) {
      double[] solved = solve(subMatrix(gram, active));
      for (int j = 0; j < active.length; j++) {
        alpha[active[j]] = solved[j];
      }
    }
    return Combination.direction(alpha);
  }

  /** α &gt; 0 with (M/||M||_F)α = 1/α, or with a ridge when that has no solution. */
  static double[] solve(double[][] gram) {
    double[] exact = solve(gram, 0.0);
    return exact != null ? exact : solve(gram, RIDGE);
  }

  /** Newton on f(α) = ½αᵀ(M/||M||_F + ridge·I)α − Σ log α; null if it diverges or does not converge. */
  private static double[] solve(double[][] gram, double ridge) {
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
        m[i][j] = (gram[i][j] + gram[j][i]) / (2 * frobenius) + (i == j ? ridge : 0.0);
      }
    }
    double[] alpha = new double[k];
    for (int i = 0; i < k; i++) {
      alpha[i] = 1 / Math.sqrt(m[i][i]);
    }
    boolean exact = ridge == 0;
    double value = objective(m, alpha);
    double[] trial = new double[k];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] ma = Grams.times(m, alpha);
      double[] gradient = new double[k];
      double[][] hessian = new double[k][k];
      for (int i = 0; i < k; i++) {
        gradient[i] = ma[i] - 1 / alpha[i];
        for (int j = 0; j < k; j++) {
          hessian[i][j] = m[i][j] + (i == j ? 1 / (alpha[i] * alpha[i]) : 0.0);
        }
      }
      double[] step;
      try {
        step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false), 1e-12, 1e-300).getSolver()
            .solve(new ArrayRealVector(gradient, false)).toArray();
      } catch (NonPositiveDefiniteMatrixException e) {
        return exact ? null : alpha;
      }
      double decrement = Grams.dot(gradient, step);
      if (!(decrement > CONVERGED)) {
        // within the region of quadratic convergence: one full step more reaches rounding level,
        // which f itself can no longer resolve (its changes are below its last bit)
        for (int i = 0; i < k; i++) {
          trial[i] = alpha[i] - step[i];
        }
        return Arrays.stream(trial).allMatch(a -> a > 0) ? trial : alpha;
      }
      boolean moved = false;
      double t = 1.0;
      for (int halvings = 0; halvings < 60 && !moved; halvings++, t /= 2) {
        boolean positive = true;
        for (int i = 0; i < k; i++) {
          trial[i] = alpha[i] - t * step[i];
          positive &= trial[i] > 0;
        }
        if (positive) {
          double v = objective(m, trial);
          if (v <= value - 0.25 * t * decrement) {
            value = v;
            System.arraycopy(trial, 0, alpha, 0, k);
            moved = true;
          }
        }
      }
      if (!moved) {
        // no decrease left at double precision: converged unless far from it
        return decrement < 1e-12 || !exact ? alpha : null;
      }
      if (exact && Arrays.stream(alpha).max().orElse(0) > LARGEST_WEIGHT) {
        return null;
      }
    }
    return exact ? null : alpha;
  }

  private static double objective(double[][] m, double[] alpha) {
    double v = 0.5 * Grams.dot(alpha, Grams.times(m, alpha));
    for (double a : alpha) {
      v -= Math.log(a);
    }
    return v;
  }

  private static double maxDiagonal(double[][] gram) {
    double s = 0;
    for (int i = 0; i < gram.length; i++) {
      s = Math.max(s, gram[i][i]);
    }
    return s;
  }

  private static double[][] subMatrix(double[][] gram, int[] idx) {
    double[][] s = new double[idx.length][idx.length];
    for (int i = 0; i < idx.length; i++) {
      for (int j = 0; j < idx.length; j++) {
        s[i][j] = gram[idx[i]][idx[j]];
      }
    }
    return s;
  }
}

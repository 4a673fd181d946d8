package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/**
 * CAGrad, Liu, Liu, Jin, Stone &amp; Liu, "Conflict-Averse Gradient Descent for Multi-task
 * Learning" (NeurIPS 2021), eq. 2–4.
 *
 * <p>Among the directions d within c·||g₀|| of the average gradient g₀ = (1/K)Σ_k g_k, take the one
 * that maximises the worst task's first-order improvement min_k g_k·d. Its dual is
 * min_{w ∈ simplex} F(w) = g_wᵀg₀ + c·||g₀||·||g_w|| with g_w = Σ_k w_k g_k, and then
 * d = g₀ + (c·||g₀|| / ||g_w||)·g_w, i.e. coefficients 1/K + (c·||g₀||/||g_w||)·w_k. F depends on
 * the gradients only through the Gram matrix M (g_wᵀg₀ = wᵀMb, b = 1/K; ||g_w||² = wᵀMw), and it
 * is convex; {@link SimplexMinimizer} solves it. c (option {@code c}, default 0.5) trades the
 * average descent (c = 0 gives g₀) against conflict aversion; the paper's convergence result needs
 * c &lt; 1. When g_w vanishes (0 in the hull of the gradients, possible for c ≥ 1), d = g₀.
 *
 * <p>d is returned as the paper defines it; the authors' code also divides by 1 + c², a constant we
 * leave to the learning rate. The heads keep their own losses (weight 1), as in the paper, which
 * changes only the shared update; the coefficients say how much each task's gradient counts.
 */
public final class CaGrad extends NormalizedGramStrategy {
  public static final String NAME = "cagrad";
  static final OptionInfo C = OptionInfo.real("c", 0.5, 0, false, "Radius c around the mean gradient: 0 gives the mean, larger avoids conflict more");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "CAGrad", "Near the mean gradient, the direction that most improves the worst-off task",
          new Citation("Liu, Liu, Jin, Stone & Liu", 2021, "Conflict-Averse Gradient Descent for Multi-task Learning", "NeurIPS 2021"),
          Requirement.SHARED_PARAMETERS, List.of(C), (o, setup) -> new CaGrad(o.real(C)));
  private static final int MAX_ITERATIONS = 5000;
  private static final double GAP_TOLERANCE = 1e-13;
  private final double c;

  public CaGrad(double c) {
    this.c = c;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Combination combineNormalized(double[][] m, StepContext context) {
    int k = m.length;
    double[] b = new double[k];
    Arrays.fill(b, 1.0 / k);
    double[] mb = Grams.times(m, b);
    double g0Norm = Math.sqrt(Math.max(0.0, Grams.dot(b, mb)));
    double radius = c * g0Norm;
    double[] coefficients = b.clone();
    double[] ones = new double[k];
    Arrays.fill(ones, 1.0);
    if (!(radius > 0)) {
      return new Combination(ones, coefficients);
    }
    SimplexMinimizer.Objective f =
        new SimplexMinimizer.Objective() {
          @Override
          public double value(double[] w) {
            return Grams.dot(w, mb) + radius * Math.sqrt(Math.max(0.0, Grams.dot(w, Grams.times(m, w))));
          }

          @Override
          public void gradient(double[] w, double[] out) {
            double[] mw = Grams.times(m, w);
            double norm = Math.sqrt(Math.max(0.0, Grams.dot(w, mw)));
            for (int i = 0; i < k; i++) {
              out[i] = mb[i] + (norm > 0 ? radius * mw[i] / norm : 0.0);
            }
          }
        };
    double[] w = SimplexMinimizer.minimize(f, b, GAP_TOLERANCE, MAX_ITERATIONS);
    double gwNorm = Math.sqrt(Math.max(0.0, Grams.dot(w, Grams.times(m, w))));
    // ||g_w||² is a difference of Gram entries: below their rounding level it counts as 0
    if (gwNorm * gwNorm > context.gradients().precision()) {
      double lambda = radius / gwNorm;
      for (int i = 0; i < k; i++) {
        coefficients[i] += lambda * w[i];
      }
    }
    return new Combination(ones, coefficients);
  }
}

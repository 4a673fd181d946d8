package org.mtlworkbench.balance;

/**
 * MGDA, Sener &amp; Koltun, "Multi-Task Learning as Multi-Objective Optimization" (NeurIPS 2018),
 * after Désidéri's multiple-gradient descent (2012).
 *
 * <p>The update is the point of minimum norm in the convex hull of the task gradients,
 * d = Σ_k α_k g_k with α = argmin_{α ≥ 0, Σα = 1} ||Σ_k α_k g_k||², solved on the Gram matrix by
 * {@link MinNormSolver} (closed form for K = 2, Frank–Wolfe for K &gt; 2). Either d = 0 (the point
 * is Pareto-stationary: no direction decreases every loss) or d·g_k ≥ ||d||² &gt; 0 for every k,
 * so no task's loss increases to first order. With a zero gradient among the tasks, d = 0.
 *
 * <p>The weights shown and applied to the heads are α, as in the authors' code, which
 * back-propagates Σ_k α_k L_k through the whole network. α sums to 1, so the step is about 1/K of
 * {@code equal}'s for the same learning rate.
 *
 * <p>Not implemented: MGDA-UB, the paper's cheaper upper bound that uses gradients with respect to
 * the shared representation Z instead of the shared parameters. It needs ∂L_k/∂Z, which the model
 * does not expose; this class always works on the parameter gradients (the exact MGDA).
 */
public final class Mgda implements BalancingStrategy {
  public static final String NAME = "mgda";

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
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(gram.length);
    }
    double[] alpha = MinNormSolver.solve(gram, context.gradients().precision());
    return Combination.direction(alpha);
  }
}

package org.mtlworkbench.balance;

import java.util.List;

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
 * <p>With the option {@code upperBound = 1}: MGDA-UB (§3.3), which solves the same problem on the
 * gradients with respect to the shared representation Z (rows ∂L_k/∂Z, B·h long) instead of the
 * shared parameters — an upper bound of the MGDA objective that the paper shows is Pareto-optimal
 * under mild conditions, and cheaper when the backbone is large. α from Z then weights the
 * parameter gradients as usual. Only hard sharing has a single Z; elsewhere the option is refused.
 */
public final class Mgda implements BalancingStrategy {
  public static final String NAME = "mgda";
  static final OptionInfo UPPER_BOUND =
      OptionInfo.toggle("upperBound", false, "1: MGDA-UB, solve on the gradients of the shared representation (hard sharing only)");
  public static final StrategyInfo INFO =
      new StrategyInfo(NAME, "MGDA", "The min-norm point of the convex hull of the task gradients: no task's loss rises to first order",
          new Citation("Sener & Koltun", 2018, "Multi-Task Learning as Multi-Objective Optimization", "NeurIPS 2018"),
          List.of(UPPER_BOUND), false,
          o -> o.on(UPPER_BOUND) ? Requirement.SHARED_REPRESENTATION : Requirement.SHARED_PARAMETERS,
          (o, setup) -> new Mgda(o.on(UPPER_BOUND)));
  private final boolean upperBound;

  /** Exact MGDA on the parameter gradients. */
  public Mgda() {
    this(false);
  }

  /** @param upperBound solve on the representation gradients (MGDA-UB) instead */
  public Mgda(boolean upperBound) {
    this.upperBound = upperBound;
  }

  public boolean upperBound() {
    return upperBound;
  }

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
    TaskGradients basis = context.gradients();
    if (upperBound) {
      if (context.representation() == null) {
        throw new IllegalStateException("MGDA-UB needs the gradients with respect to the shared representation");
      }
      basis = context.representation();
    }
    double[][] gram = basis.gram();
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(gram);
    }
    double[] alpha = MinNormSolver.solve(gram, basis.precision());
    return Combination.direction(alpha);
  }
}

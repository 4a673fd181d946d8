package org.mtlworkbench.balance;

import java.util.List;

/**
 * FairGrad, Ban &amp; Ji, "Fair Resource Allocation in Multi-Task Learning" (ICML 2024), §4, after the
 * authors' code.
 *
 * <p>The update d = Σ_k w_k g_k is seen as a resource shared among the tasks, and task k's utility
 * is its first-order gain u_k = g_kᵀd. α-fair allocation maximises Σ_k u_k^{1−α}/(1 − α) (log u_k
 * for α = 1); its optimality condition is GGᵀw = w^{−1/α} elementwise (u_k = w_k^{−1/α}, every
 * gain positive). α (option {@code alpha}, default 1) moves from the largest total gain (α → 0)
 * through proportional fairness (α = 1, the equation of Nash-MTL) to max-min fairness (α → ∞).
 * {@link FairnessEquation} solves it by Newton's method, where the authors use scipy's bounded
 * {@code least_squares} from w = 1/K.
 *
 * <p>As in the authors' code, the equation is solved on the raw GGᵀ (not normalised as Nash-MTL
 * does), so w scales as ||GGᵀ||^{−α/(1+α)} and the update's size stays about the same whatever the
 * gradients' scale; and the update is the gradient of Σ_k w_k L_k, so the weights apply to the heads
 * as well. A task with a zero gradient gets weight 0. When the gradients are Pareto-stationary the
 * equation has no solution and a small ridge is added (see {@link FairnessEquation}).
 */
public final class FairGrad implements BalancingStrategy {
  public static final String NAME = "fairgrad";
  static final OptionInfo ALPHA =
      OptionInfo.real("alpha", 1.0, 0, true, "Fairness α: 1 proportional (Nash-MTL's equation), larger towards max-min fairness");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "FairGrad", "α-fair allocation of the update among tasks: weights w with GGᵀw = w^(−1/α)",
          new Citation("Ban & Ji", 2024, "Fair Resource Allocation in Multi-Task Learning", "ICML 2024"),
          Requirement.SHARED_PARAMETERS, List.of(ALPHA), (o, setup) -> new FairGrad(o.real(ALPHA)));
  private final double alpha;

  public FairGrad(double alpha) {
    this.alpha = alpha;
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
    double[][] gram = context.gradients().gram();
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(gram);
    }
    return Combination.weighting(FairnessEquation.weights(gram, alpha, false));
  }
}

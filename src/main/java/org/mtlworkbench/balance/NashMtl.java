package org.mtlworkbench.balance;

import java.util.List;

/**
 * Nash-MTL, Navon, Shamsian, Achituve, Maron, Kawaguchi, Chechik &amp; Fetaya, "Multi-Task Learning
 * as a Bargaining Game" (ICML 2022), §3.
 *
 * <p>The tasks bargain over the update d in a ball; the Nash bargaining solution is d = Σ_k α_k g_k
 * with α &gt; 0 solving (GGᵀ)α = 1/α elementwise, i.e. d·g_k = 1/α_k for every task: each task's
 * first-order gain is inversely proportional to its weight, and every gain is positive (no task's
 * loss increases to first order). That equation is exactly the stationarity condition of the
 * strictly convex f(α) = ½αᵀMα − Σ_k log α_k on α &gt; 0, so instead of the paper's sequence of
 * convex sub-problems (which its authors hand to cvxpy) we minimise f by damped Newton's method
 * ({@link FairnessEquation}, shared with FairGrad, whose α = 1 is this equation) — a handful of
 * iterations, no general convex solver needed.
 *
 * <p>Scale: as in the authors' code, M is first divided by its Frobenius norm, so α does not depend
 * on the gradients' scale and d grows with them like an ordinary gradient (the paper's α is ours
 * divided by √||M||_F). The weights shown and applied to the heads are α: the authors'
 * code back-propagates Σ_k α_k L_k through the whole network. When the gradients are
 * Pareto-stationary (e.g. two exactly opposed) the equation has no solution and Newton's iterates
 * run off to infinity; when they pass {@value FairnessEquation#LARGEST_WEIGHT} times the largest
 * starting weight or do not converge, we solve again with a ridge of {@value FairnessEquation#RIDGE}
 * added to the normalised M, which keeps α finite while d nearly vanishes. A task with a zero gradient gets α = 0 and the others are solved
 * alone.
 */
public final class NashMtl implements BalancingStrategy {
  public static final String NAME = "nash";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "Nash-MTL", "The Nash bargaining solution: weights α with (GGᵀ)α = 1/α, every task's gain positive",
          new Citation("Navon, Shamsian, Achituve, Maron, Kawaguchi, Chechik & Fetaya", 2022,
              "Multi-Task Learning as a Bargaining Game", "ICML 2022"),
          Requirement.SHARED_PARAMETERS, List.of(), (o, setup) -> new NashMtl());

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
    double[] alpha = FairnessEquation.weights(gram, 1.0, true);
    return Combination.direction(alpha);
  }
}

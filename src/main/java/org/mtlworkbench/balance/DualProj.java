package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/**
 * DualProj, Quinton &amp; Rey, "Jacobian Descent for Multi-Objective Optimization"
 * (arXiv:2406.16232, 2024), after the authors' TorchJD; the projection is eq. 11 of Lopez-Paz &amp;
 * Ranzato, "Gradient Episodic Memory for Continual Learning" (NeurIPS 2017).
 *
 * <p>The mean gradient g₀ = (1/K)Σ_k g_k is projected onto the dual cone C = {x : g_k·x ≥ 0 for
 * all k}: d = π_C(g₀) = Gᵀw with w = argmin_{v ≥ 1/K} vᵀ(GGᵀ)v ({@link DualCone}). d is the closest
 * direction to the mean that raises no task's loss to first order; it is the mean itself when the
 * mean conflicts with no task. Unlike {@link UpGrad}, which projects every gradient before
 * averaging, it is not linear under scaling: a task with a large gradient still dominates the mean.
 * The Gram matrix is normalised and regularised as for UPGrad (option {@code regularization},
 * default 10⁻⁴). The weights w are shown and the heads train on their own losses.
 */
public final class DualProj implements BalancingStrategy {
  public static final String NAME = "dualproj";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "DualProj", "Projects the mean gradient onto the cone of directions no task objects to",
          UpGrad.PAPER, Requirement.SHARED_PARAMETERS, List.of(UpGrad.REGULARIZATION),
          (o, setup) -> new DualProj(o.real(UpGrad.REGULARIZATION)));
  private final double regularization;

  public DualProj(double regularization) {
    this.regularization = regularization;
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
    double[] mean = new double[gram.length];
    Arrays.fill(mean, 1.0 / gram.length);
    return Combination.direction(DualCone.project(DualCone.regularized(gram, regularization), mean));
  }
}

package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/**
 * MoDo (multi-objective gradient with double sampling), Chen, Fernando, Ying &amp; Chen, "Three-Way
 * Trade-Off in Multi-Objective Learning: Optimization, Generalization and Conflict-Avoidance"
 * (NeurIPS 2023), Algorithm 1, after the authors' code as given in LibMTL.
 *
 * <p>One projected-gradient step per training step on MGDA's weights, kept from step to step:
 * λ ← Π_simplex(λ − γ·(GGᵀλ + ρλ)), then the update d = Gᵀλ. γ (option {@code gamma}, default
 * 10⁻³) acts on the raw Gram matrix, as in the authors' code, so its good value depends on the
 * gradients' scale; ρ (option {@code rho}, default 0.1) regularises λ towards the uniform weights.
 * λ starts at 1/K.
 *
 * <p>Where we differ: MoDo's "double sampling" estimates GGᵀλ from two independent mini-batches
 * (G₁G₂ᵀλ, unbiased) and the update from a third; the trainer gives a strategy one batch, so all
 * three are this step's gradients — the bias the method is designed to remove stays. The weights
 * shown are λ; the heads train on their own losses.
 */
public final class MoDo implements BalancingStrategy {
  public static final String NAME = "modo";
  static final OptionInfo GAMMA = OptionInfo.real("gamma", 1e-3, 0, true, "Step γ of the weights λ (on the raw Gram matrix)");
  static final OptionInfo RHO = OptionInfo.real("rho", 0.1, 0, false, "L2 regularisation ρ of the weights' step");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "MoDo", "One projected step per training step on MGDA's weights, update along the weighted gradients",
          new Citation("Chen, Fernando, Ying & Chen", 2023,
              "Three-Way Trade-Off in Multi-Objective Learning: Optimization, Generalization and Conflict-Avoidance", "NeurIPS 2023"),
          Requirement.SHARED_PARAMETERS, List.of(GAMMA, RHO), (o, setup) -> new MoDo(setup.taskCount(), o.real(GAMMA), o.real(RHO)));
  private final double gamma;
  private final double rho;
  private final double[] lambda;

  public MoDo(int taskCount, double gamma, double rho) {
    this.gamma = gamma;
    this.rho = rho;
    this.lambda = new double[taskCount];
    Arrays.fill(lambda, 1.0 / taskCount);
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
    double[] move = Grams.times(gram, lambda);
    for (int i = 0; i < lambda.length; i++) {
      lambda[i] -= gamma * (move[i] + rho * lambda[i]);
    }
    SimplexMinimizer.project(lambda);
    return Combination.direction(lambda.clone());
  }
}

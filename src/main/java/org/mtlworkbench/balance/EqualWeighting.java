package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/** Every task's loss counts once: L = Σ_k L_k. The baseline every other method is measured against. */
public final class EqualWeighting implements BalancingStrategy {
  public static final String NAME = "equal";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "Equal weighting", "Every task's loss counts once: the sum of the losses, the baseline of every comparison",
          new Citation("Caruana", 1997, "Multitask Learning", "Machine Learning 28"), Requirement.LOSSES, List.of(),
          (o, setup) -> new EqualWeighting(setup.taskCount()));
  private final double[] weights;

  public EqualWeighting(int taskCount) {
    this.weights = new double[taskCount];
    Arrays.fill(weights, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsTaskGradients() {
    return false;
  }

  @Override
  public Combination combine(StepContext context) {
    return Combination.weighting(weights.clone());
  }
}

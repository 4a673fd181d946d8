package org.mtlworkbench.balance;

import java.util.Arrays;

/** Every task's loss counts once: L = Σ_k L_k. The baseline every other method is measured against. */
public final class EqualWeighting implements BalancingStrategy {
  public static final String NAME = "equal";
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

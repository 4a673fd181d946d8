package org.mtlworkbench.balance;

/**
 * Fixed weights chosen by the user: L = Σ_k w_k L_k. The classic hand-tuned remedy for tasks whose
 * losses live on different scales (Kendall et al. 2018 show how sensitive results are to them).
 */
public final class StaticWeighting implements BalancingStrategy {
  public static final String NAME = "static";
  private final double[] weights;

  public StaticWeighting(double[] weights) {
    this.weights = weights.clone();
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

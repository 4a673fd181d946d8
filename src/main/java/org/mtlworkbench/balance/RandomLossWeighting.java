package org.mtlworkbench.balance;

import java.util.List;
import java.util.Random;

/**
 * Random Loss Weighting, Lin, Ye, Zhang &amp; Tsang, "Reasonable Effectiveness of Random Weighting:
 * A Litmus Test for Multi-Task Learning" (TMLR 2022; first as arXiv:2111.10603, 2021).
 *
 * <p>Each step draws ε_k ~ N(0, 1) independently and weights the losses by λ = K·softmax(ε). The
 * paper's λ = softmax(ε) sums to 1; the factor K makes the weights average 1 like {@code equal}
 * and {@code dwa}, so the same learning rate means the same step size — a constant the paper's
 * tuned rates absorb. Its point: a method that cannot beat these random weights is not
 * balancing anything.
 */
public final class RandomLossWeighting implements BalancingStrategy {
  public static final String NAME = "rlw";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "RLW", "Random loss weights each step, K·softmax of standard normal draws: the litmus test for balancing",
          new Citation("Lin, Ye, Zhang & Tsang", 2022,
              "Reasonable Effectiveness of Random Weighting: A Litmus Test for Multi-Task Learning", "TMLR 2022"),
          Requirement.LOSSES, List.of(), (o, setup) -> new RandomLossWeighting(setup.taskCount(), setup.seed()));
  private final int taskCount;
  private final Random random;

  public RandomLossWeighting(int taskCount, long seed) {
    this.taskCount = taskCount;
    this.random = new Random(seed);
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
    double[] w = new double[taskCount];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < taskCount; k++) {
      w[k] = random.nextGaussian();
      max = Math.max(max, w[k]);
    }
    double total = 0;
    for (int k = 0; k < taskCount; k++) {
      w[k] = Math.exp(w[k] - max);
      total += w[k];
    }
    for (int k = 0; k < taskCount; k++) {
      w[k] *= taskCount / total;
    }
    return Combination.weighting(w);
  }
}

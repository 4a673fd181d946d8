package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/**
 * Dynamic Weight Average, Liu, Johns &amp; Davison, "End-to-End Multi-Task Learning with Attention"
 * (CVPR 2019), eq. 7.
 *
 * <p>λ_k(t) = K·exp(r_k(t−1)/T) / Σ_i exp(r_i(t−1)/T), with r_k(t−1) = L_k(t−1)/L_k(t−2) the
 * ratio of task k's mean training loss over the last two epochs: a task whose loss falls more
 * slowly gets more weight. T (option {@code temperature}, default 2) softens the weighting;
 * λ_k = 1 during the first two epochs, which have no ratio yet. The epoch means are the means of
 * the batch losses of that epoch; a ratio over a zero mean (a task with no labels in an epoch)
 * counts as 1.
 */
public final class DynamicWeightAverage implements BalancingStrategy {
  public static final String NAME = "dwa";
  static final OptionInfo TEMPERATURE = OptionInfo.real("temperature", 2.0, 0, true, "Softmax temperature T: larger gives more even weights");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "DWA", "Weights each loss by how slowly it fell over the last two epochs (softmax of loss ratios)",
          new Citation("Liu, Johns & Davison", 2019, "End-to-End Multi-Task Learning with Attention", "CVPR 2019"),
          Requirement.LOSSES, List.of(TEMPERATURE), (o, setup) -> new DynamicWeightAverage(setup.taskCount(), o.real(TEMPERATURE)));
  private final double temperature;
  private final double[] sum;
  private double[] previous;
  private double[] beforePrevious;
  private int count;
  private int currentEpoch = -1;
  private double[] epochWeights;

  public DynamicWeightAverage(int taskCount, double temperature) {
    this.temperature = temperature;
    this.sum = new double[taskCount];
    this.epochWeights = ones(taskCount);
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
    if (context.epoch() != currentEpoch) {
      if (count > 0) {
        beforePrevious = previous;
        previous = new double[sum.length];
        for (int k = 0; k < sum.length; k++) {
          previous[k] = sum[k] / count;
        }
      }
      Arrays.fill(sum, 0);
      count = 0;
      currentEpoch = context.epoch();
      epochWeights = beforePrevious == null ? ones(sum.length) : weights(previous, beforePrevious);
    }
    for (int k = 0; k < sum.length; k++) {
      sum[k] += context.losses()[k];
    }
    count++;
    return Combination.weighting(epochWeights.clone());
  }

  private double[] weights(double[] last, double[] before) {
    int k = last.length;
    double[] scaled = new double[k];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      double r = before[i] > 0 ? last[i] / before[i] : 1.0;
      scaled[i] = r / temperature;
      max = Math.max(max, scaled[i]);
    }
    double total = 0;
    for (int i = 0; i < k; i++) {
      scaled[i] = Math.exp(scaled[i] - max);
      total += scaled[i];
    }
    for (int i = 0; i < k; i++) {
      scaled[i] *= k / total;
    }
    return scaled;
  }

  private static double[] ones(int k) {
    double[] w = new double[k];
    Arrays.fill(w, 1.0);
    return w;
  }
}

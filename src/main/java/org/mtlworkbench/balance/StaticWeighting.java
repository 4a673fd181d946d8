package org.mtlworkbench.balance;

import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;

/**
 * Fixed weights chosen by the user: L = Σ_k w_k L_k. The classic hand-tuned remedy for tasks whose
 * losses live on different scales (Kendall et al. 2018 show how sensitive results are to them).
 * The weights are {@code strategy.weights} (task name → weight, unnamed tasks 1).
 */
public final class StaticWeighting implements BalancingStrategy {
  public static final String NAME = "static";
  public static final StrategyInfo INFO =
      new StrategyInfo(NAME, "Static weights", "Fixed weights per task, set by hand in strategy.weights (unnamed tasks get 1)",
          new Citation("Kendall, Gal & Cipolla", 2018,
              "Multi-Task Learning Using Uncertainty to Weigh Losses for Scene Geometry and Semantics", "CVPR 2018"),
          List.of(), true, o -> Requirement.LOSSES,
          (o, setup) -> new StaticWeighting(weights(o.taskWeights(), setup.taskNames())));
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

  private static double[] weights(Map<String, Double> named, List<String> taskNames) {
    for (String task : named.keySet()) {
      if (!taskNames.contains(task)) {
        throw new InputException(
            "strategy.weights names task '" + task + "', which the experiment does not have; tasks are: "
                + String.join(", ", taskNames));
      }
    }
    double[] w = new double[taskNames.size()];
    for (int k = 0; k < w.length; k++) {
      Double v = named.get(taskNames.get(k));
      w[k] = v == null ? 1.0 : v;
      if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
        throw new InputException("strategy.weights." + taskNames.get(k) + " must be a finite number ≥ 0, got " + v);
      }
    }
    return w;
  }
}

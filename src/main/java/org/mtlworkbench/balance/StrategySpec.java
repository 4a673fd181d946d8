package org.mtlworkbench.balance;

import java.util.Map;

/**
 * The balancing strategy of an experiment.
 *
 * @param name "equal" (default), "static" or "pcgrad"
 * @param weights for "static": task name → weight (tasks not named get 1.0)
 */
public record StrategySpec(String name, Map<String, Double> weights) {
  public StrategySpec {
    name = name == null ? EqualWeighting.NAME : name;
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }

  public static StrategySpec named(String name) {
    return new StrategySpec(name, null);
  }
}

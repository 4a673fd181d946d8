package org.mtlworkbench.balance;

import java.util.Map;
import java.util.Objects;

/**
 * The balancing strategy of an experiment; JSON field {@code strategy}.
 *
 * @param name one of {@link Strategies#NAMES} (default "equal")
 * @param weights for "static": task name → weight (tasks not named get 1.0); ignored by the others
 * @param options numeric settings of the named strategy (e.g. {@code {"alpha": 1.5}} for
 *     "gradnorm"); which names exist, their defaults and ranges are in each strategy's {@link StrategyInfo}
 */
public record StrategySpec(String name, Map<String, Double> weights, Map<String, Double> options) {
  public StrategySpec {
    name = name == null ? EqualWeighting.NAME : name;
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** A strategy without options. */
  public StrategySpec(String name, Map<String, Double> weights) {
    this(name, weights, null);
  }

  public static StrategySpec named(String name) {
    return new StrategySpec(name, null, null);
  }

  /**
   * The same spec under another name, e.g. for a command-line override: the options are kept when
   * the name does not change and dropped otherwise, because options belong to one strategy.
   */
  public StrategySpec withName(String newName) {
    return new StrategySpec(newName, weights, Objects.equals(newName, name) ? options : null);
  }
}

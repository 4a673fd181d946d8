package org.mtlworkbench.balance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.mtlworkbench.common.InputException;

/**
 * The options each strategy accepts in {@code strategy.options}, with their defaults and valid
 * ranges — defined here and nowhere else. Strategies not listed take no options.
 */
public final class StrategyOptions {

  /**
   * One numeric option.
   *
   * @param name JSON name
   * @param defaultValue used when the experiment does not set it; {@code null} means "the
   *     optimiser's learning rate"
   * @param rule the valid range, as shown in error messages
   * @param valid the valid range
   */
  public record Option(String name, Double defaultValue, String rule, DoublePredicate valid) {}

  private static final Option LEARNING_RATE =
      new Option("learningRate", null, "> 0", v -> v > 0);

  private static final Map<String, List<Option>> OPTIONS =
      Map.of(
          UncertaintyWeighting.NAME, List.of(LEARNING_RATE),
          GradNorm.NAME, List.of(new Option("alpha", 1.5, ">= 0", v -> v >= 0), LEARNING_RATE),
          DynamicWeightAverage.NAME, List.of(new Option("temperature", 2.0, "> 0", v -> v > 0)),
          CaGrad.NAME, List.of(new Option("c", 0.5, ">= 0", v -> v >= 0)),
          Mgda.NAME, List.of(new Option("upperBound", 0.0, "0 or 1", v -> v == 0 || v == 1)));

  private StrategyOptions() {}

  /** The options of {@code strategy}, in documentation order (empty when it takes none). */
  public static List<Option> of(String strategy) {
    return OPTIONS.getOrDefault(strategy, List.of());
  }

  /**
   * Every option of {@code strategy}: the value given in the experiment, else the default.
   *
   * @throws InputException for an option the strategy does not have or a value out of range
   */
  static Map<String, Double> resolve(String strategy, Map<String, Double> given, double learningRate) {
    List<Option> known = of(strategy);
    for (String name : given.keySet()) {
      if (known.stream().noneMatch(o -> o.name().equals(name))) {
        throw new InputException(
            "strategy.options." + name + ": strategy '" + strategy + "' "
                + (known.isEmpty()
                    ? "takes no options"
                    : "has no option '" + name + "'; its options are: "
                        + String.join(", ", known.stream().map(Option::name).toList())));
      }
    }
    Map<String, Double> resolved = new LinkedHashMap<>();
    for (Option o : known) {
      Double v = given.get(o.name());
      if (v == null) {
        v = o.defaultValue() == null ? learningRate : o.defaultValue();
      } else if (!Double.isFinite(v) || !o.valid().test(v)) {
        throw new InputException(
            "strategy.options." + o.name() + " of '" + strategy + "' must be " + o.rule() + ", got " + v);
      }
      resolved.put(o.name(), v);
    }
    return resolved;
  }
}

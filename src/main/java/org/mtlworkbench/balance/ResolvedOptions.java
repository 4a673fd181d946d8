package org.mtlworkbench.balance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtlworkbench.common.InputException;

/**
 * A strategy's options after validation: every declared option with the experiment's value or
 * its default. A factory reads them by their {@link OptionInfo}; asking for an option the strategy
 * did not declare is a programming error, and the names read are remembered so that a test can
 * check that each strategy declares exactly the options its factory uses.
 */
public final class ResolvedOptions {
  private final String strategy;
  private final Map<String, Double> values;
  private final Map<String, Double> taskWeights;
  private final Set<String> read = new LinkedHashSet<>();

  private ResolvedOptions(String strategy, Map<String, Double> values, Map<String, Double> taskWeights) {
    this.strategy = strategy;
    this.values = values;
    this.taskWeights = Map.copyOf(taskWeights);
  }

  /**
   * Validates {@code given} against {@code declared} and fills in the defaults.
   *
   * @param strategy the strategy's name, for messages
   * @param declared its options
   * @param given {@code strategy.options} of the experiment
   * @param taskWeights {@code strategy.weights} of the experiment (read by {@code static} only)
   * @param learningRate the optimiser's rate (the default of options whose default is null)
   * @throws InputException naming the field, for an option the strategy does not have or a value
   *     out of range
   */
  static ResolvedOptions resolve(
      String strategy, List<OptionInfo> declared, Map<String, Double> given, Map<String, Double> taskWeights, double learningRate) {
    for (String name : given.keySet()) {
      if (declared.stream().noneMatch(o -> o.name().equals(name))) {
        throw new InputException(
            "strategy.options." + name + ": strategy '" + strategy + "' "
                + (declared.isEmpty()
                    ? "takes no options"
                    : "has no option '" + name + "'; its options are: "
                        + String.join(", ", declared.stream().map(OptionInfo::name).toList())));
      }
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (OptionInfo o : declared) {
      Double v = given.get(o.name());
      if (v == null) {
        v = o.defaultValue() == null ? learningRate : o.defaultValue();
      } else {
        o.problem(strategy, v).ifPresent(p -> {
          throw new InputException(p);
        });
      }
      values.put(o.name(), v);
    }
    return new ResolvedOptions(strategy, values, taskWeights);
  }

  /** A real-valued option. */
  public double real(OptionInfo option) {
    return value(option);
  }

  /** A whole-number option. */
  public int integer(OptionInfo option) {
    return (int) value(option);
  }

  /** A 0/1 option. */
  public boolean on(OptionInfo option) {
    return value(option) == 1.0;
  }

  /** {@code strategy.weights}: task name → fixed weight (the {@code static} strategy's setting). */
  public Map<String, Double> taskWeights() {
    return taskWeights;
  }

  /** Every option with its value, in declaration order (read-only; does not count as reading). */
  public Map<String, Double> values() {
    return Collections.unmodifiableMap(values);
  }

  /** The names read so far through {@link #real}, {@link #integer} or {@link #on}. */
  Set<String> read() {
    return Collections.unmodifiableSet(read);
  }

  private double value(OptionInfo option) {
    Double v = values.get(option.name());
    if (v == null) {
      throw new IllegalStateException("strategy '" + strategy + "' reads option '" + option.name() + "', which it does not declare");
    }
    read.add(option.name());
    return v;
  }
}

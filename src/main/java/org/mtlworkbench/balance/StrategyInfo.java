package org.mtlworkbench.balance;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything known about a strategy before it runs, in one record per strategy (each strategy's
 * class holds its own as {@code INFO}; {@link StrategyCatalog} lists them): the name used in
 * experiment files, a title and a one-line description for the window, the paper, the options
 * with their defaults and ranges, what the strategy needs from the model (which sharing schemes it
 * is defined for), and how to create it.
 *
 * @param name the name in experiment files and on the command line ({@code "upgrad"})
 * @param title how people write it ("UPGrad")
 * @param summary one line: what the update does
 * @param citation the paper
 * @param options its options, in documentation order (empty when none)
 * @param usesTaskWeights whether it reads {@code strategy.weights} (only {@code static})
 * @param requirement what it needs from the model, given its resolved options (MGDA's
 *     {@code upperBound} changes it)
 * @param factory creates one instance for one run
 */
public record StrategyInfo(
    String name, String title, String summary, Citation citation, List<OptionInfo> options, boolean usesTaskWeights,
    Function<ResolvedOptions, Requirement> requirement, Factory factory) {

  /** Creates a strategy from its validated options and what the run knows. */
  @FunctionalInterface
  public interface Factory {
    BalancingStrategy create(ResolvedOptions options, StrategySetup setup);
  }

  public StrategyInfo {
    Objects.requireNonNull(name);
    Objects.requireNonNull(title);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(citation);
    options = List.copyOf(options);
    Objects.requireNonNull(requirement);
    Objects.requireNonNull(factory);
  }

  /** A strategy whose requirement does not depend on its options and that reads no task weights. */
  static StrategyInfo of(
      String name, String title, String summary, Citation citation, Requirement requirement, List<OptionInfo> options,
      Factory factory) {
    return new StrategyInfo(name, title, summary, citation, options, false, o -> requirement, factory);
  }

  /** The option called {@code optionName}, if declared. */
  public java.util.Optional<OptionInfo> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }
}

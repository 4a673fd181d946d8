package org.mtlworkbench.balance;

import java.util.List;
import org.mtlworkbench.common.InputException;

/** Creates strategies by name, from the descriptions in {@link StrategyCatalog}. */
public final class Strategies {
  /** Every strategy name, loss weighting first, then gradient combination. */
  public static final List<String> NAMES = StrategyCatalog.NAMES;

  private Strategies() {}

  /**
   * @param spec the strategy as written in the experiment
   * @param setup what the run knows about its tasks and shared layers
   * @throws InputException for an unknown name, option or task, or a strategy the model cannot
   *     serve
   */
  public static BalancingStrategy create(StrategySpec spec, StrategySetup setup) {
    StrategyInfo info = StrategyCatalog.info(spec.name());
    return info.factory().create(options(info, spec, setup.learningRate()), setup);
  }

  /**
   * The validated options of {@code spec}, defaults filled in.
   *
   * @param learningRate the optimiser's rate (default of the options that learn at that rate)
   * @throws InputException for an unknown strategy or option, or a value out of range
   */
  public static ResolvedOptions options(StrategySpec spec, double learningRate) {
    return options(StrategyCatalog.info(spec.name()), spec, learningRate);
  }

  private static ResolvedOptions options(StrategyInfo info, StrategySpec spec, double learningRate) {
    return ResolvedOptions.resolve(info.name(), info.options(), spec.options(), spec.weights(), learningRate);
  }
}

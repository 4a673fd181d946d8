package org.mtlworkbench.balance;

import java.util.List;
import org.mtlworkbench.common.InputException;

/** Creates strategies by name. */
public final class Strategies {
  public static final List<String> NAMES = List.of(EqualWeighting.NAME, StaticWeighting.NAME, PcGrad.NAME);

  private Strategies() {}

  /**
   * @param spec the strategy as written in the experiment
   * @param taskNames the tasks, in model order
   * @param seed seed for strategies that draw random numbers
   */
  public static BalancingStrategy create(StrategySpec spec, List<String> taskNames, long seed) {
    return switch (spec.name()) {
      case EqualWeighting.NAME -> new EqualWeighting(taskNames.size());
      case StaticWeighting.NAME -> new StaticWeighting(staticWeights(spec, taskNames));
      case PcGrad.NAME -> new PcGrad(seed);
      default -> throw new InputException(
          "unknown strategy '" + spec.name() + "'; known: " + String.join(", ", NAMES));
    };
  }

  private static double[] staticWeights(StrategySpec spec, List<String> taskNames) {
    for (String named : spec.weights().keySet()) {
      if (!taskNames.contains(named)) {
        throw new InputException(
            "strategy.weights names task '" + named + "', which the experiment does not have; tasks are: "
                + String.join(", ", taskNames));
      }
    }
    double[] w = new double[taskNames.size()];
    for (int k = 0; k < w.length; k++) {
      Double v = spec.weights().get(taskNames.get(k));
      w[k] = v == null ? 1.0 : v;
      if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
        throw new InputException("strategy.weights." + taskNames.get(k) + " must be a finite number ≥ 0, got " + v);
      }
    }
    return w;
  }
}

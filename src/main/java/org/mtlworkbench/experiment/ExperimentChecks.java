package org.mtlworkbench.experiment;

import java.util.List;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.nn.ParameterSegment;

/**
 * Checks that need no data, made before anything runs, so that a run of many seeds or a sweep of
 * many strategies does not fail half-way on a mistake visible from the start.
 */
public final class ExperimentChecks {
  private ExperimentChecks() {}

  /** Combinations of settings that cannot run. */
  public static void check(ExperimentSpec spec) {
    if (spec.training().affinityEvery() > 0 && spec.model().sharingMode() == Sharing.SOFT) {
      throw new InputException("training.affinityEvery: task affinity is measured on the parameters all tasks share, and"
          + " soft sharing has none (each task has its own tower): use hard sharing, or set it to 0");
    }
    strategy(spec, spec.strategy());
  }

  /** The strategy exists and fits the sharing scheme. */
  public static void strategy(ExperimentSpec spec, StrategySpec strategy) {
    List<String> names = spec.tasks().stream().map(TaskSpec::name).toList();
    // Only the name, the options and the kind of strategy are checked here: the task types and
    // layer shapes come from the data later, so stand-ins take their place.
    List<TaskType> types = names.stream().map(n -> TaskType.REGRESSION).toList();
    StrategySetup setup = new StrategySetup(names, types, List.of(new ParameterSegment("check", 0, 1)), 0.001, 0L);
    BalancingStrategy s = Strategies.create(strategy, setup);
    if (s.combinesGradients() && spec.model().sharingMode() == Sharing.SOFT) {
      throw new InputException("strategy '" + s.name() + "' combines gradients of parameters that all tasks share; soft"
          + " sharing has none (each task has its own tower): use hard sharing, or a loss-weighting strategy");
    }
  }
}

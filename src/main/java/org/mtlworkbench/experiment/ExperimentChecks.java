package org.mtlworkbench.experiment;

import java.util.List;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategyCompatibility;
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

  /**
   * The strategy exists, its options are valid, and it fits the sharing scheme. The data are not
   * loaded: a task whose type is not written is taken as regression, and the backbone stands for
   * its layers with one placeholder segment (enough to create every strategy, not to run it).
   */
  public static void strategy(ExperimentSpec spec, StrategySpec strategy) {
    standIn(spec.tasks(), strategy, spec.optimizer().learningRate());
    StrategyCompatibility.check(strategy, spec.model().sharingMode());
  }

  /**
   * The strategy created for checking only, before the data exist (see {@link #strategy}).
   *
   * @throws InputException for an unknown name or option
   */
  public static BalancingStrategy standIn(List<TaskSpec> tasks, StrategySpec strategy, double learningRate) {
    List<String> names = tasks.stream().map(TaskSpec::name).toList();
    List<TaskType> types = tasks.stream().map(ExperimentChecks::typeOrRegression).toList();
    StrategySetup setup = new StrategySetup(names, types, List.of(new ParameterSegment("backbone", 0, 1)), learningRate, 0L);
    return Strategies.create(strategy, setup);
  }

  private static TaskType typeOrRegression(TaskSpec t) {
    TaskType declared = t.declaredType();
    return declared == null ? TaskType.REGRESSION : declared;
  }
}

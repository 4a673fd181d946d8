package org.mtlworkbench.experiment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategyCompatibility;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.metrics.Metric;

/**
 * Checks that need no data, made before anything runs, so that a run of many seeds or a sweep of
 * many strategies does not fail half-way on a mistake visible from the start.
 */
public final class ExperimentChecks {
  private ExperimentChecks() {}

  /**
   * As {@link #check(ExperimentSpec)}, with the file named in front of the message (a field path
   * alone does not say which file to open).
   *
   * @param source the experiment file's name
   */
  public static void check(ExperimentSpec spec, String source) {
    try {
      check(spec);
    } catch (InputException e) {
      throw FieldErrors.inFile(source, e);
    }
  }

  /** Combinations of settings that cannot run. */
  public static void check(ExperimentSpec spec) {
    tasks(spec.tasks());
    if (spec.data().features() != null) {
      for (TaskSpec t : spec.tasks()) {
        if (spec.data().features().contains(t.target())) {
          throw new InputException("data.features: '" + t.target() + "' is the target of task '" + t.name()
              + "'; a column cannot be both");
        }
      }
    }
    if (spec.training().affinityEvery() > 0 && spec.model().sharingMode() == Sharing.SOFT) {
      throw new InputException("training.affinityEvery: task affinity is measured on the parameters all tasks share, and"
          + " soft sharing has none (each task has its own tower): use hard sharing, or set it to 0");
    }
    strategy(spec, spec.strategy());
  }

  /**
   * No two tasks share a name or a target; each declared type exists; each named loss and metric
   * exists and fits the task's type (checked against every type when the type is left to the
   * data: a metric no type has is wrong whatever the data say).
   */
  static void tasks(List<TaskSpec> tasks) {
    Set<String> names = new HashSet<>();
    Set<String> targets = new HashSet<>();
    for (TaskSpec t : tasks) {
      if (!names.add(t.name())) {
        throw new InputException("tasks: two tasks are named '" + t.name() + "'; give one a \"name\"");
      }
      if (!targets.add(t.target())) {
        throw new InputException("tasks: target '" + t.target() + "' is a task twice");
      }
      if (t.metric() != null && Arrays.stream(Metric.values()).noneMatch(m -> m.id().equals(t.metric()))) {
        throw new InputException("task '" + t.name() + "': unknown metric '" + t.metric() + "'; known metrics: "
            + String.join(", ", Arrays.stream(Metric.values()).map(Metric::id).toList()));
      }
      TaskType declared = t.declaredType();
      if (declared != null) {
        Task.checkFits(t, declared);
        continue;
      }
      InputException last = null;
      for (TaskType type : TaskType.values()) {
        try {
          Task.checkFits(t, type);
          last = null;
          break;
        } catch (InputException e) {
          last = last == null ? e : last;
        }
      }
      if (last != null) {
        throw last;
      }
    }
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

package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.TaskSpec;

/**
 * A multi-task experiment restricted to some of its tasks, on the very data the whole experiment
 * trains on: the same rows, split and label budgets, and the same feature columns. The one place
 * where a study builds a model of fewer tasks — a task's single-task baseline ({@link
 * BaselineSpecs}) and a group of a grouping ({@link TaskGroups}).
 *
 * <p>Why the data cannot differ: the split and batch order depend only on the seed and the rows,
 * and every part of a model is initialised from a seed derived from its name ({@link
 * org.mtlworkbench.common.Seeds}), so the subset's backbone and heads start from the values they
 * start from in the whole run. Two things are pinned: a CSV path becomes absolute, and the feature
 * columns are listed explicitly (left implicit, the other tasks' target columns would become
 * features). The strategy, its options and the diagnostics are kept; fixed task weights
 * ({@code strategy.weights}) keep only the subset's tasks.
 */
public final class TaskSubset {
  private TaskSubset() {}

  /**
   * @param mtl the multi-task experiment (with the seed to use)
   * @param tasks indices of the tasks to keep, in the order they are kept
   * @param baseDir the experiment file's folder (relative CSV paths), or null
   * @param featureNames the feature columns the multi-task run read, in order
   */
  public static ExperimentSpec of(ExperimentSpec mtl, List<Integer> tasks, Path baseDir, List<String> featureNames) {
    DataSpec d = mtl.data();
    if (d.csv() != null) {
      Path csv = Path.of(d.csv());
      if (!csv.isAbsolute() && baseDir != null) {
        csv = baseDir.resolve(csv);
      }
      d = new DataSpec(csv.toAbsolutePath().normalize().toString(), null, List.copyOf(featureNames), d.impute(), d.split(),
          d.standardize());
    }
    List<TaskSpec> kept = new ArrayList<>();
    for (int k : tasks) {
      kept.add(mtl.tasks().get(k));
    }
    StrategySpec s = mtl.strategy();
    if (s != null && !s.weights().isEmpty()) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (TaskSpec t : kept) {
        if (s.weights().containsKey(t.name())) {
          weights.put(t.name(), s.weights().get(t.name()));
        }
      }
      s = new StrategySpec(s.name(), weights, s.options());
    }
    return mtl.withData(d).withTasks(List.copyOf(kept)).withStrategy(s);
  }

  /** The indices of {@code names} among the experiment's tasks. */
  public static List<Integer> indices(ExperimentSpec e, List<String> names) {
    List<String> all = e.tasks().stream().map(TaskSpec::name).toList();
    List<Integer> out = new ArrayList<>();
    for (String n : names) {
      int k = all.indexOf(n);
      if (k < 0) {
        throw new IllegalArgumentException("the experiment has no task '" + n + "'");
      }
      out.add(k);
    }
    return out;
  }
}

package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.TaskSpec;

/**
 * The single-task baseline of one task of an experiment: the same architecture (sharing scheme,
 * backbone, head), optimiser, epochs, batch size and seed, on the same data — the same rows,
 * split, features and label budget — with only that task.
 *
 * <p>Why it sees what the multi-task run saw: the split and batch order depend only on the seed
 * and the rows, and every part of a model is initialised from a seed derived from its name
 * ({@link org.mtlworkbench.common.Seeds}), so the baseline's backbone and head start from the very
 * values they start from in the multi-task run. Two things are pinned so that the data cannot
 * differ: a CSV path becomes absolute, and the feature columns are listed explicitly (left
 * implicit, the other tasks' target columns would become features). The strategy is "equal"
 * (one task: plain training on its loss); gradient diagnostics and affinity are off (they do not
 * change the run, only its cost).
 */
public final class BaselineSpecs {
  private BaselineSpecs() {}

  /**
   * @param mtl the multi-task experiment (with the seed to use)
   * @param task index of the task
   * @param baseDir the experiment file's folder (relative CSV paths), or null
   * @param featureNames the feature columns the multi-task run read, in order
   */
  public static ExperimentSpec forTask(ExperimentSpec mtl, int task, Path baseDir, List<String> featureNames) {
    DataSpec d = mtl.data();
    if (d.csv() != null) {
      Path csv = Path.of(d.csv());
      if (!csv.isAbsolute() && baseDir != null) {
        csv = baseDir.resolve(csv);
      }
      d = new DataSpec(csv.toAbsolutePath().normalize().toString(), null, List.copyOf(featureNames), d.impute(), d.split(),
          d.standardize());
    }
    TaskSpec t = mtl.tasks().get(task);
    return mtl.withName("single-task baseline: " + t.name())
        .withData(d)
        .withTasks(List.of(t))
        .withStrategy(StrategySpec.named("equal"))
        .withTraining(mtl.training().withDiagnosticsEvery(0).withAffinityEvery(0));
  }
}

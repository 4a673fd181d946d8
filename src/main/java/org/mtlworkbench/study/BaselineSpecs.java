package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * The single-task baseline of one task of an experiment: the same architecture (sharing scheme,
 * backbone, head), optimiser, epochs, batch size and seed, on the same data — the same rows,
 * split, features and label budget — with only that task ({@link TaskSubset}, which says why it
 * sees what the multi-task run saw). The strategy is "equal" (one task: plain training on its
 * loss); gradient diagnostics and affinity are off (they do not change the run, only its cost).
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
    return TaskSubset.of(mtl, List.of(task), baseDir, featureNames)
        .withName("single-task baseline: " + mtl.tasks().get(task).name())
        .withStrategy(StrategySpec.named("equal"))
        .withTraining(mtl.training().withDiagnosticsEvery(0).withAffinityEvery(0));
  }
}

package org.mtlworkbench.ui.run;

import java.nio.file.Path;
import java.util.Map;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.study.Baseline;
import org.mtlworkbench.train.RunStatus;

/**
 * One task's single-task baseline as the dashboard shows it: its final validation metrics and its
 * training-loss curve (full resolution, from the baseline's run directory).
 *
 * @param task the task's name
 * @param status how the baseline's run ended ("finished" when usable)
 * @param validation metric name → value on the validation split ("loss" included)
 * @param trainLoss the training loss by step; empty when the baseline's metrics could not be read
 * @param cached whether it came from the baseline cache rather than being trained now
 */
public record BaselineCurve(String task, String status, Map<String, Double> validation, Series trainLoss, boolean cached) {

  /** Reads what the dashboard needs of {@code baseline}, the baseline of {@code task}. */
  static BaselineCurve of(Baseline baseline, TaskSpec task) {
    Map<String, Map<String, Double>> bySplit = baseline.finalMetrics() == null ? null : baseline.finalMetrics().get(RunFiles.VALIDATION);
    Map<String, Double> validation = bySplit == null ? Map.of() : bySplit.getOrDefault(task.name(), Map.of());
    Series loss;
    try {
      loss = RunReader.read(Path.of(baseline.ref().dir())).metrics().series(task.name(), RunFiles.TRAIN, RunFiles.LOSS);
    } catch (InputException e) {
      loss = new Series(new long[0], new double[0]);
    }
    return new BaselineCurve(task.name(), baseline.status(), Map.copyOf(validation), loss, baseline.ref().cached());
  }

  /** Whether the baseline finished (only then are its numbers compared). */
  public boolean finished() {
    return RunStatus.FINISHED.id().equals(status);
  }
}

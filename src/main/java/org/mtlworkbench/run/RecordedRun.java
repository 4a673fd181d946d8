package org.mtlworkbench.run;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifestWriter;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;

/**
 * A run that has ended and been written to its run directory.
 *
 * @param dir the run directory
 * @param spec the experiment as run
 * @param tasks the tasks, resolved against the data, in model order
 * @param featureNames the feature columns the model read
 * @param outcome how it ended, with the final evaluations
 * @param manifest the writer of its run.json, to attach later results
 */
public record RecordedRun(Path dir, ExperimentSpec spec, List<Task> tasks, List<String> featureNames, RunOutcome outcome,
    RunManifestWriter manifest) {

  public boolean finished() {
    return outcome.status() == RunStatus.FINISHED;
  }

  /** Task k's own metric on {@code split} ("test" or "validation"); NaN when not evaluated. */
  public double metric(String split, int task) {
    EpochRecord r = RunFiles.TEST.equals(split) ? outcome.test() : outcome.validation();
    if (r == null) {
      return Double.NaN;
    }
    Double v = r.tasks().get(task).metrics().get(tasks.get(task).metric());
    return v == null ? Double.NaN : v;
  }
}

package org.mtlworkbench.run;

import java.util.List;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TrainingJob;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;

/**
 * Runs one training job to its end. The caller decides how: the command line follows it with a
 * progress bar and stops it on Ctrl+C; tests just wait.
 */
@FunctionalInterface
public interface JobRunner {
  RunOutcome run(TrainingJob job, List<TrainingListener> listeners);

  /** Starts the job on its background thread and waits for its outcome. */
  static JobRunner waiting() {
    return (job, listeners) -> TrainingRun.start(job, listeners).outcome().join();
  }
}

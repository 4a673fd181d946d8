package org.mtlworkbench.cluster;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TrainingJob;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;

/**
 * Runs a training job on an executor and stops it when the task's thread is interrupted: Spark
 * interrupts the tasks of a cancelled job (Ctrl+C on the driver), and an executor should not go
 * on training a run nobody waits for.
 */
final class StoppableJobRunner implements JobRunner {

  @Override
  public RunOutcome run(TrainingJob job, List<TrainingListener> listeners) {
    TrainingRun run = TrainingRun.start(job, listeners);
    try {
      return run.outcome().get();
    } catch (InterruptedException e) {
      run.control().stop();
      RunOutcome outcome = run.outcome().join();
      Thread.currentThread().interrupt();
      return outcome;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}

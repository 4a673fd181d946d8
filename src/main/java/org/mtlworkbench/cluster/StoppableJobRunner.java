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
 *
 * <p>The interrupt is consumed, not set again: the stopped outcome says it, and the run's
 * recorder still has to write the run's last files, which NIO refuses on an interrupted thread
 * (the run came back as failed, "cannot write run.json"). Spark knows the task was killed on its
 * own and does not read the thread's flag.
 */
final class StoppableJobRunner implements JobRunner {

  @Override
  public RunOutcome run(TrainingJob job, List<TrainingListener> listeners) {
    TrainingRun run = TrainingRun.start(job, listeners);
    try {
      return run.outcome().get();
    } catch (InterruptedException e) {
      run.control().stop();
      return run.outcome().join();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}

package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingJob;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;

/**
 * Runs a job on its background thread and follows it: a progress bar on a terminal, and Ctrl+C
 * stops the run cleanly (its files are complete up to the stop). Once a run has been stopped,
 * {@link #stopped()} tells a caller with more runs to do that it should not start them.
 */
final class FollowingRunner implements JobRunner {
  private final PrintWriter err;
  private final boolean progressBar;
  private volatile boolean stopped;

  FollowingRunner(PrintWriter err, boolean progressBar) {
    this.err = err;
    this.progressBar = progressBar;
  }

  boolean stopped() {
    return stopped;
  }

  @Override
  public RunOutcome run(TrainingJob job, List<TrainingListener> listeners) {
    if (stopped) {
      return new RunOutcome(RunStatus.STOPPED, "not started: an earlier run was stopped", 0, 0, null, null);
    }
    TrainingRun run = TrainingRun.start(job, listeners);
    Thread hook = new Thread(() -> {
      stopped = true;
      run.control().stop();
      run.outcome().join();
    });
    Runtime.getRuntime().addShutdownHook(hook);
    RunOutcome outcome;
    try {
      outcome = progressBar ? new TerminalProgress(err).follow(run) : run.outcome().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      run.control().stop();
      outcome = run.outcome().join();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting: the hook stops the run
      }
    }
    if (outcome.status() == RunStatus.STOPPED) {
      stopped = true;
    }
    return outcome;
  }
}

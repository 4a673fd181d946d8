package org.mtlworkbench.run;

import java.util.List;
import org.mtlworkbench.train.RunControl;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingJob;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;

/**
 * Runs jobs one after another and lets another thread pause, resume or stop them — whichever is
 * running now and those that follow: what a window needs to pause or cancel a study
 * ({@code StudyRunner} ends a study when a run ends stopped). Once stopped, it starts no further
 * job: each is answered at once as stopped.
 */
public final class ControlledJobRunner implements JobRunner {
  private final Object lock = new Object();
  private RunControl current;
  private boolean paused;
  private boolean stopped;

  @Override
  public RunOutcome run(TrainingJob job, List<TrainingListener> listeners) {
    TrainingRun run;
    synchronized (lock) {
      if (stopped) {
        return new RunOutcome(RunStatus.STOPPED, "not started: stopped", 0, 0, null, null);
      }
      run = TrainingRun.start(job, listeners);
      current = run.control();
      if (paused) {
        current.pause();
      }
    }
    try {
      return run.outcome().join();
    } finally {
      synchronized (lock) {
        current = null;
      }
    }
  }

  /** Pauses the run in progress after its current step; the next runs start paused. */
  public void pause() {
    synchronized (lock) {
      paused = true;
      if (current != null) {
        current.pause();
      }
    }
  }

  public void resume() {
    synchronized (lock) {
      paused = false;
      if (current != null) {
        current.resume();
      }
    }
  }

  /** Stops the run in progress (it ends "stopped") and every run after it. */
  public void stop() {
    synchronized (lock) {
      stopped = true;
      if (current != null) {
        current.stop();
      }
    }
  }

  public boolean isPaused() {
    synchronized (lock) {
      return paused;
    }
  }
}

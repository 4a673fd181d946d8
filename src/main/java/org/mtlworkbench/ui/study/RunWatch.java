package org.mtlworkbench.ui.study;

import java.util.List;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.train.FindingsMonitor;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TrainingListener;

/**
 * The run of a study in progress, for a live dashboard to follow: the study's thread publishes it
 * here and the window's thread polls it (neither waits for nor calls the other). It follows the
 * run through the metrics log that the run store's {@link FindingsMonitor} already keeps (as the
 * main window's run does), so watching costs no second copy of the steps and no second search for
 * findings: when a job starts, {@link #around} takes that monitor from the job's listeners.
 *
 * <p>Only the run in progress (or the last one) is held; the next run replaces it, so memory does
 * not grow with the study.
 */
final class RunWatch {
  /**
   * One run as the watch holds it.
   *
   * @param label which run ("pcgrad · hard · seed 5")
   * @param spec its experiment (the task table reads the metrics from it)
   * @param monitor the run store's monitor; its log fills as the run trains
   * @param totalSteps the steps the run will take
   * @param ending how it ended, once it has
   */
  record Run(String label, ExperimentSpec spec, FindingsMonitor monitor, long totalSteps, Ending ending) {
    /** The run's metrics so far; null until its first step is about to be recorded. */
    MetricsLog log() {
      return monitor.log();
    }

    /** How it ended, or null while it trains (or when it ended on an error). */
    RunOutcome outcome() {
      return ending.outcome;
    }

    /** Whether its job has returned (however it ended). */
    boolean over() {
      return ending.over;
    }
  }

  /** Set once, by the study's thread, when the run's job returns. */
  static final class Ending {
    private volatile RunOutcome outcome;
    private volatile boolean over;
  }

  private volatile Run current;
  private String nextLabel = "";
  private ExperimentSpec nextSpec;

  /** The study's thread: the next job to start is {@code label}, of experiment {@code spec}. */
  void starting(String label, ExperimentSpec spec) {
    nextLabel = label;
    nextSpec = spec;
  }

  /** The run in progress, or the last one; null before the first. Any thread. */
  Run current() {
    return current;
  }

  /** A new study: nothing to show until its first run. */
  void clear() {
    current = null;
  }

  /**
   * {@code inner}, publishing each job it runs here. A job without the run store's monitor among
   * its listeners (none in a study, where every run is recorded) runs unwatched.
   */
  JobRunner around(JobRunner inner) {
    return (job, listeners) -> {
      FindingsMonitor monitor = monitorOf(listeners);
      Ending ending = new Ending();
      if (monitor != null) {
        current = new Run(nextLabel, nextSpec, monitor, job.totalSteps(), ending);
      }
      try {
        RunOutcome outcome = inner.run(job, listeners);
        ending.outcome = outcome;
        return outcome;
      } finally {
        ending.over = true;
      }
    };
  }

  private static FindingsMonitor monitorOf(List<TrainingListener> listeners) {
    for (TrainingListener l : listeners) {
      if (l instanceof FindingsMonitor m) {
        return m;
      }
    }
    return null;
  }
}

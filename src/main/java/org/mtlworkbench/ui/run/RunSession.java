package org.mtlworkbench.ui.run;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.Progress;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingRun;

/**
 * The ViewModel of the window's training run: Run, Pause/Resume, Step, Stop, and what the run has
 * reached.
 *
 * <p>The UI thread never waits for training and training never calls the UI: commands only set
 * flags on the run's control, and the properties change only in {@link #poll()}, which the
 * window's one animation timer calls (tests call it themselves).
 */
public final class RunSession {
  private final Executor preparer;
  private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
  private final ReadOnlyObjectWrapper<MetricsLog> log = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RunOutcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ExperimentSpec> spec = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> recorded = new ReadOnlyObjectWrapper<>();
  private final Workspace workspace;
  private Launch launch;

  /**
   * Runs kept in memory only (the window's metrics log).
   *
   * @param preparer runs the preparation of a run (loading data, building the model)
   */
  public RunSession(Executor preparer) {
    this(preparer, null);
  }

  /**
   * Every run is also recorded as a run directory in {@code workspace}; the preparer's thread
   * stays with the run to write it, so it must not be the UI thread nor a single shared worker.
   *
   * @param workspace where runs are recorded, or null to keep them in memory only
   */
  public RunSession(Executor preparer, Workspace workspace) {
    this.preparer = preparer;
    this.workspace = workspace;
  }

  /**
   * Starts a run of {@code experiment}; refused while another is active.
   *
   * @param baseDir the folder relative data paths are relative to
   */
  public boolean start(ExperimentSpec experiment, Path baseDir) {
    return start(experiment, baseDir, null);
  }

  /**
   * Starts a run of {@code experiment}; refused while another is active.
   *
   * @param baseDir the folder relative data paths are relative to
   * @param experimentFile the file the experiment was opened from or saved to (for run.json), or null
   */
  public boolean start(ExperimentSpec experiment, Path baseDir, Path experimentFile) {
    if (state.get().isActive()) {
      return false;
    }
    Launch l = new Launch();
    launch = l;
    log.set(null);
    outcome.set(null);
    progress.set(null);
    spec.set(experiment);
    state.set(RunState.PREPARING);
    message.set("Preparing data and model…");
    preparer.execute(() -> {
      CompilerThreadsYield.once();
      if (workspace == null) {
        l.prepare(experiment, baseDir);
      } else {
        l.record(experiment, baseDir, experimentFile, workspace);
      }
    });
    return true;
  }

  public void pause() {
    TrainingRun run = currentRun();
    if (run != null) {
      run.control().pause();
      state.set(RunState.PAUSED);
      message.set(pausedAt(run.progress()));
    }
  }

  public void resume() {
    TrainingRun run = currentRun();
    if (run != null) {
      run.control().resume();
      state.set(RunState.RUNNING);
      message.set("Training…");
    }
  }

  /** Pause when running, resume when paused (the Space key). */
  public void togglePause() {
    if (state.get() == RunState.RUNNING) {
      pause();
    } else if (state.get() == RunState.PAUSED) {
      resume();
    }
  }

  /** One more step while paused. */
  public void stepOnce() {
    TrainingRun run = currentRun();
    if (run != null && state.get() == RunState.PAUSED) {
      run.control().stepOnce();
    }
  }

  public void stop() {
    if (launch == null || !state.get().isActive()) {
      return;
    }
    launch.stop();
    if (launch.run() == null) {
      state.set(RunState.ENDED);
      message.set("Stopped before training began.");
    } else {
      message.set("Stopping…");
    }
  }

  /** UI thread: brings the properties up to date with the run. Cheap; call it every frame. */
  public void poll() {
    Launch l = launch;
    if (l != null && l.recorded() && recorded.get() != l.runDir()) {
      recorded.set(l.runDir());
    }
    if (l == null || state.get() == RunState.ENDED) {
      return;
    }
    if (l.failure() != null) {
      state.set(RunState.ENDED);
      message.set("Could not start: " + l.failure());
      return;
    }
    TrainingRun run = l.run();
    if (run == null) {
      return;
    }
    if (log.get() == null && l.recorder.log() != null) {
      log.set(l.recorder.log());
    }
    progress.set(state.get() == RunState.PAUSED ? paused(run.progress()) : run.progress());
    if (state.get() == RunState.PAUSED && !run.outcome().isDone()) {
      message.set(pausedAt(run.progress())); // follows the step in flight at Pause, and each Step
    }
    if (run.outcome().isDone()) {
      RunOutcome o = run.outcome().join();
      outcome.set(o);
      progress.set(run.progress());
      state.set(RunState.ENDED);
      message.set(describe(o));
      l.release();
    } else if (state.get() == RunState.PREPARING) {
      state.set(RunState.RUNNING);
      message.set("Training…");
    }
  }

  /**
   * Where a paused run is, without a rate: the trainer's rate decays while it waits, and an ETA
   * computed from it would keep growing on screen.
   */
  private static Progress paused(Progress p) {
    return new Progress(p.step(), p.totalSteps(), 0, Double.NaN);
  }

  private static String pausedAt(Progress p) {
    return "Paused at step " + Numbers.count(p.step()) + ".";
  }

  /** One sentence on how a run ended ("Finished: 400 steps in 2.1 s."), as the window's run says it. */
  public static String describe(RunOutcome o) {
    String text = o.message();
    String head = text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return switch (o.status()) {
      case FINISHED -> "Finished: " + o.steps() + " steps in " + Numbers.duration(o.wallSeconds()) + ".";
      case STOPPED -> "Stopped after " + o.steps() + " steps.";
      case DIVERGED, FAILED -> head + (head.endsWith(".") ? "" : ".");
      case RUNNING -> head;
    };
  }

  private TrainingRun currentRun() {
    return launch == null ? null : launch.run();
  }

  public ReadOnlyObjectProperty<RunState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public RunState state() {
    return state.get();
  }

  /** The running (or last) run's metrics; {@code null} until its first step is about to be recorded. */
  public ReadOnlyObjectProperty<MetricsLog> logProperty() {
    return log.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Progress> progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RunOutcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** One sentence on what the run is doing or how it ended. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The experiment of the current (or last) run. */
  public ReadOnlyObjectProperty<ExperimentSpec> specProperty() {
    return spec.getReadOnlyProperty();
  }

  /**
   * The run directory of the last recorded run once it is complete (ended, findings written);
   * it changes once per recorded run, so views of the workspace can refresh.
   */
  public ReadOnlyObjectProperty<Path> recordedProperty() {
    return recorded.getReadOnlyProperty();
  }

  /** Where runs are recorded, or null when they are kept in memory only. */
  public Workspace workspace() {
    return workspace;
  }

  /** Whether the run ended with {@code status}. */
  public boolean endedWith(RunStatus status) {
    return outcome.get() != null && outcome.get().status() == status;
  }
}

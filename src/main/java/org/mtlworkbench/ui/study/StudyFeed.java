package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.mtlworkbench.study.PlannedRun;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyLedger;
import org.mtlworkbench.study.StudyListener;
import org.mtlworkbench.study.StudyOutcome;
import org.mtlworkbench.study.StudyProgress;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyResultsReader;

/**
 * Carries a study's progress from its thread to the window's without either waiting for the
 * other. The study thread only replaces the latest {@link Snapshot} and, when no delivery is
 * pending, asks for one ({@code Platform.runLater} in the window); however many runs end between
 * two frames, the window redraws once with the newest state. The results are read from the study
 * directory on the study's thread, as a run ends, so the window thread never reads a file.
 */
final class StudyFeed implements StudyListener {
  /**
   * What the window shows, as of the last event.
   *
   * @param progress counts and time left
   * @param current the run in progress ("pcgrad · hard · seed 43"), or null
   * @param results the results so far, or null until first read
   * @param outcome how the study ended, or null while it runs
   */
  record Snapshot(StudyProgress progress, String current, StudyResults results, StudyOutcome outcome) {}

  private final PreparedStudy study;
  private final Path dir;
  private final Executor fx;
  private final Consumer<Snapshot> deliver;
  private final AtomicReference<Snapshot> latest = new AtomicReference<>();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final RunWatch watch;

  /**
   * @param fx runs a task on the window's thread ({@code Platform::runLater})
   * @param deliver takes each coalesced snapshot, on the window's thread
   */
  StudyFeed(PreparedStudy study, Path dir, Executor fx, Consumer<Snapshot> deliver) {
    this(study, dir, fx, deliver, null);
  }

  /** @param watch told of each run before it starts (for a live dashboard of it), or null */
  StudyFeed(PreparedStudy study, Path dir, Executor fx, Consumer<Snapshot> deliver, RunWatch watch) {
    this.study = study;
    this.dir = dir;
    this.fx = fx;
    this.deliver = deliver;
    this.watch = watch;
  }

  @Override
  public void started(StudyProgress progress) {
    publish(progress, null, read(), null);
  }

  @Override
  public void runStarted(PlannedRun run, StudyProgress progress) {
    if (watch != null) {
      watch.starting(run.key().label(), specOf(run));
    }
    publish(progress, run.key().label(), null, null);
  }

  @Override
  public void runEnded(RunRecord record, StudyProgress progress, StudyResults results) {
    publish(progress, null, results, null);
  }

  @Override
  public void ended(StudyOutcome outcome) {
    publish(outcome.progress(), null, outcome.results(), outcome);
  }

  /** The run's experiment for the watch's task table; null when it cannot be made (the run itself then fails with the reason). */
  private org.mtlworkbench.experiment.ExperimentSpec specOf(PlannedRun run) {
    try {
      return study.spec(run.key());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private StudyResults read() {
    return StudyResultsReader.read(study, dir, StudyLedger.read(dir.resolve(StudyDirectory.PROGRESS)));
  }

  private void publish(StudyProgress progress, String current, StudyResults results, StudyOutcome outcome) {
    latest.updateAndGet(old -> new Snapshot(progress, current, results != null ? results : old == null ? null : old.results(),
        outcome));
    if (pending.compareAndSet(false, true)) {
      fx.execute(() -> {
        pending.set(false); // before reading: a snapshot published from now on asks again
        deliver.accept(latest.get());
      });
    }
  }
}

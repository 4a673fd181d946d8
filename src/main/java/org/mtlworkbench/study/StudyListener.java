package org.mtlworkbench.study;

import java.util.List;
import org.mtlworkbench.train.TrainingListener;

/**
 * Follows a study as it runs (DJL's listener seam, one level up from {@link TrainingListener}):
 * the command line prints a line per run, the window updates its progress and table, a cluster
 * driver reports upwards. Called on the study's thread; implementations return quickly and never
 * block it (a window copies what it needs and redraws on its own thread).
 */
public interface StudyListener {
  /** The study is about to run its remaining runs ({@code progress.done()} were complete before). */
  default void started(StudyProgress progress) {}

  /** Extra listeners for the training of {@code run} (a live dashboard), or none. */
  default List<TrainingListener> trainingListeners(PlannedRun run) {
    return List.of();
  }

  /** {@code run} starts. */
  default void runStarted(PlannedRun run, StudyProgress progress) {}

  /** A run ended (however) and the summaries have been rewritten. */
  default void runEnded(RunRecord record, StudyProgress progress) {}

  /**
   * As {@link #runEnded(RunRecord, StudyProgress)}, with the results the runner has just read from
   * the study directory to rewrite the summaries: a listener that shows them takes these instead of
   * reading the directory a second time (on the study's thread, between two runs).
   */
  default void runEnded(RunRecord record, StudyProgress progress, StudyResults results) {
    runEnded(record, progress);
  }

  /** The study ended: every run tried, or cancelled. */
  default void ended(StudyOutcome outcome) {}
}

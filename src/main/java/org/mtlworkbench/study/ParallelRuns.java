package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs many planned runs of a study at once, away from the study's thread: a cluster's tasks
 * ({@code org.mtlworkbench.cluster}), each run writing its folder under the study directory as
 * {@link StudyRuns#run} does in this process. The {@link StudyRunner} hands over the runs not
 * complete yet and keeps the study's files current as each comes back.
 */
public interface ParallelRuns {

  /** How many runs go at once, for the time left. */
  int parallelism();

  /**
   * Runs them and returns when every one has ended.
   *
   * @param ended called on this thread as each run ends, in any order; a stopped run (after
   *     {@link #cancel}) too
   */
  void run(PreparedStudy study, List<PlannedRun> runs, Path dir, Consumer<RunRecord> ended);

  /** Stops the runs still going, from any thread: they end as stopped. */
  void cancel();
}

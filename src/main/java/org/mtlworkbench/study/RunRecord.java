package org.mtlworkbench.study;

import org.mtlworkbench.train.RunStatus;

/**
 * How one planned run of a study ended, as the study's progress file keeps it.
 *
 * @param key which run
 * @param dir its run directory, relative to the study directory
 * @param status finished, diverged, failed or stopped ({@link RunStatus#id})
 * @param message why it ended, one line
 * @param wallSeconds its wall-clock time
 */
public record RunRecord(RunKey key, String dir, String status, String message, double wallSeconds) {

  /**
   * Whether the run is done for good: finished, or diverged (training is deterministic, so it
   * would diverge again). A failed run (bad data, an error) and a stopped one are run again when
   * the study is resumed.
   */
  public boolean complete() {
    return RunStatus.FINISHED.id().equals(status) || RunStatus.DIVERGED.id().equals(status);
  }

  public boolean finished() {
    return RunStatus.FINISHED.id().equals(status);
  }
}

package org.mtlworkbench.study;

/**
 * Where a study stands, as a listener sees it after each change.
 *
 * @param total runs in the plan
 * @param done runs complete (including those completed before a resume)
 * @param failed runs that failed in this session (they are tried again on resume)
 * @param current the run in progress, or null
 * @param elapsedSeconds wall-clock time of this session so far
 * @param etaSeconds estimated seconds until the last run ends (NaN until a run of this session has
 *     ended)
 */
public record StudyProgress(int total, int done, int failed, PlannedRun current, double elapsedSeconds, double etaSeconds) {

  /** Runs still to do (the current one included). */
  public int remaining() {
    return total - done - failed;
  }
}

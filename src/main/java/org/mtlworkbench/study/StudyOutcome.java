package org.mtlworkbench.study;

import java.util.List;

/**
 * How a study (or this session of it) ended.
 *
 * @param cancelled whether it was cancelled before every run was tried
 * @param progress the counts at the end
 * @param problems one line per run that did not finish ("pcgrad · hard · seed 6: diverged: task
 *     'y2' diverged at step 812: loss is NaN")
 * @param results the study's results at the end
 */
public record StudyOutcome(boolean cancelled, StudyProgress progress, List<String> problems, StudyResults results) {

  /** Every planned run finished. */
  public boolean allFinished() {
    return !cancelled && problems.isEmpty() && progress.done() == progress.total();
  }
}

package org.mtlworkbench.ui.dashboard;

/**
 * A finding of the run as the dashboard lists it: the finding itself (its sentence is the
 * report's) and the step at which the dashboard first saw it.
 *
 * @param key identifies what was found ("conflict:y1:y2", "harm:y2"), so that it is announced
 *     once per run
 * @param step the step at which it was first seen
 * @param finding the finding, with its evidence
 */
public record Finding(String key, long step, org.mtlworkbench.diagnostics.Finding finding) {

  /** The sentence, as the report writes it. */
  public String message() {
    return finding.sentence();
  }
}

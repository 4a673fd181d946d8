package org.mtlworkbench.ui.dashboard;

/**
 * A finding of the run as the dashboard lists it: the finding itself (its sentence is the
 * report's) and the step at which the dashboard first saw it.
 *
 * @param key identifies what was found ("conflict:y1:y2", "harm:y2"), so that it is announced
 *     once per run
 * @param step the step of a live run at which it was first seen; {@link #NOT_LIVE} for a recorded
 *     run's findings, computed once from the whole log
 * @param finding the finding, with its evidence
 */
public record Finding(String key, long step, org.mtlworkbench.diagnostics.Finding finding) {
  /** The step of a finding that was not seen during a live run. */
  public static final long NOT_LIVE = -1;

  /** Whether it was first seen during a live run (at {@link #step()}). */
  public boolean seenLive() {
    return step != NOT_LIVE;
  }

  /** The sentence, as the report writes it. */
  public String message() {
    return finding.sentence();
  }

  /**
   * The sentence's claim without its evidence, as a pop-up shows it: the words before the first
   * colon or parenthesis ("tasks 'y1' and 'y2' conflict during steps 500–999").
   */
  public String headline() {
    String s = finding.sentence();
    int colon = s.indexOf(": ");
    int paren = s.indexOf(" (");
    int end = colon < 0 ? paren : paren < 0 ? colon : Math.min(colon, paren);
    return end < 0 ? s : s.substring(0, end);
  }
}

package org.mtlworkbench.ui.dashboard;

/**
 * Something the dashboard noticed in a run, in a sentence.
 *
 * @param key identifies what was found ("dominance:y3", "conflict:y1:y2"), so that it is reported
 *     once per run
 * @param step the step at which it was noticed
 * @param message what was found, with its evidence
 */
public record Finding(String key, long step, String message) {}

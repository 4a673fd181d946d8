package org.mtlworkbench.diagnostics;

/**
 * The thresholds behind the findings, in one place (documented in docs/negative-transfer.md).
 *
 * @param imbalanceRatio a task "dominates" when the median of its gradient norm over the smallest
 *     task's (step by step) reaches this
 * @param imbalanceWindow that median is over the last this many measured steps
 * @param conflictFraction two tasks "conflict" when their gradients' cosine is negative in at
 *     least this fraction of the window's steps
 * @param conflictWindow the last this many measured steps
 * @param minSteps no gradient finding before this many measured steps
 * @param alpha significance level of Welch's test for the transfer verdict
 * @param recomputeEvery findings are recomputed every this many training steps while a run goes
 * @param affinityHarm a step on task i "raises" task j's loss when the mean Z_{i→j} is below
 *     −affinityHarm · Z_{j→j}: the harm is at least this fraction of what j's own step gains
 *     (relative to j's own step, so the rule does not depend on the learning rate)
 */
public record FindingSettings(
    double imbalanceRatio, int imbalanceWindow, double conflictFraction, int conflictWindow, int minSteps, double alpha,
    int recomputeEvery,
    double affinityHarm) {

  /** The settings every run uses unless told otherwise. */
  public static final FindingSettings DEFAULTS = new FindingSettings(10.0, 200, 0.5, 500, 20, 0.05, 100, 0.25);
}

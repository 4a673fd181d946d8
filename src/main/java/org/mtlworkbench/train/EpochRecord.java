package org.mtlworkbench.train;

import java.util.List;

/**
 * The evaluation of every task on one split at the end of an epoch (or at the end of the run).
 *
 * @param step global step at which it was taken (steps done so far)
 * @param epoch epoch just finished, from 0
 * @param split "validation" or "test"
 * @param tasks one evaluation per task, in model order
 */
public record EpochRecord(long step, int epoch, String split, List<TaskEvaluation> tasks) {}

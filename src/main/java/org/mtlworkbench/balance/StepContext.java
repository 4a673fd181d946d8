package org.mtlworkbench.balance;

/**
 * What a strategy knows at a step.
 *
 * @param step global step, from 0
 * @param epoch epoch, from 0
 * @param losses each task's loss on this batch
 * @param gradients the per-task shared gradients, or {@code null} when the strategy did not ask
 */
public record StepContext(long step, int epoch, double[] losses, TaskGradients gradients) {}

package org.mtlworkbench.train;

import org.mtlworkbench.diagnostics.GradientSnapshot;

/**
 * Everything the trainer learned at one step.
 *
 * @param step global step, from 0
 * @param epoch epoch, from 0
 * @param learningRate the rate used for this step
 * @param losses per task, mean loss over the batch's labelled rows
 * @param weights per task, the weight the strategy gave
 * @param lossRatios per task, L_k(t) / L_k(0) (NaN until the task has had a labelled batch)
 * @param gradients per-task gradient norms and cosines, or {@code null} when not computed
 * @param regularization the value of the model's penalty: soft sharing's tie, DSelect-k's gate
 *     penalty (0 under the other schemes)
 */
public record StepRecord(
    long step,
    int epoch,
    double learningRate,
    double[] losses,
    double[] weights,
    double[] lossRatios,
    GradientSnapshot gradients,
    double regularization) {}

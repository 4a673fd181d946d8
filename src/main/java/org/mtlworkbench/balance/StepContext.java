package org.mtlworkbench.balance;

/**
 * What a strategy knows at a step.
 *
 * @param step global step, from 0
 * @param epoch epoch, from 0
 * @param losses each task's loss on this batch
 * @param gradients the per-task shared gradients, or {@code null} when the strategy did not ask
 * @param representation the per-task gradients with respect to the shared representation (rows
 *     ∂L_k/∂Z), or {@code null} when not computed or the model has no single shared
 *     representation (only hard sharing has one)
 */
public record StepContext(long step, int epoch, double[] losses, TaskGradients gradients, TaskGradients representation) {

  /** A context without representation gradients. */
  public StepContext(long step, int epoch, double[] losses, TaskGradients gradients) {
    this(step, epoch, losses, gradients, null);
  }
}

package org.mtlworkbench.balance;

/**
 * Decides, each step, how much each task counts and which direction the shared parameters move.
 *
 * <p>A strategy receives the per-task losses and, when it asks for them ({@link
 * #needsTaskGradients()}), the per-task gradients on the shared parameters; it returns the task
 * weights and the coefficients of the shared update, which is always a combination Σ_k c_k g_k of
 * the task gradients (every method here — loss weighting, PCGrad, MGDA, ... — yields one).
 * Strategies are stateful (they may learn weights); one instance serves one run.
 */
public interface BalancingStrategy {

  /** The name used in experiment files and on the command line. */
  String name();

  /** Whether {@link #combine} needs {@link StepContext#gradients()}. */
  boolean needsTaskGradients();

  /**
   * Whether the shared update is more than a weighting of the task losses; such strategies need
   * parameters common to all tasks (hard sharing).
   */
  default boolean combinesGradients() {
    return needsTaskGradients();
  }

  /** The weights and update coefficients for this step. */
  Combination combine(StepContext context);
}

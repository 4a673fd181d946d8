package org.mtlworkbench.balance;

/**
 * Decides, each step, how much each task counts and which direction the shared parameters move.
 *
 * <p>A strategy receives the per-task losses and, when it asks for them ({@link
 * #needsTaskGradients()}), the per-task gradients on the shared parameters; it returns the task
 * weights and the coefficients of the shared update, which is always a combination Σ_k c_k g_k of
 * the task-gradient rows (every method here — loss weighting, PCGrad, MGDA, ... — yields one). The
 * few methods whose update is not a combination of this step's gradients — GradDrop's masked
 * gradients, the running averages of DB-MTL and MoCo — put their own rows in the gradients' place
 * first ({@link TaskGradients#replaceRows}); the coefficients then apply to those.
 * Strategies are stateful (they may learn weights); one instance serves one run. What a strategy
 * is (its paper, options and which sharing schemes it works with) is described by its {@link
 * StrategyInfo}, listed in {@link StrategyCatalog}.
 *
 * <p>Gradients with NaN or infinite entries: a strategy answers them with a non-finite weight or
 * coefficient for the task concerned ({@link Grams#undefined}) and never throws, so that the
 * trainer stops the run as diverged before the optimiser applies the step.
 */
public interface BalancingStrategy {

  /** The name used in experiment files and on the command line. */
  String name();

  /** Whether {@link #combine} needs {@link StepContext#gradients()}. */
  boolean needsTaskGradients();

  /** The weights and update coefficients for this step. */
  Combination combine(StepContext context);
}

package org.mtlworkbench.train;

import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.Combination;
import org.mtlworkbench.balance.StepContext;
import org.mtlworkbench.balance.TaskGradients;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.diagnostics.GradientDiagnostics;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.diagnostics.LaggedGradients;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.optim.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One optimisation step, as DESIGN.md draws it: forward → per-task backward (only when the
 * strategy or a due diagnostic needs the task gradients; otherwise one fused backward) → strategy
 * → optimiser. Shared by the trainer and the benchmark, so the benchmark measures what training
 * runs. At a diagnosed step it also pairs the task gradients with the previous diagnosed step's
 * ({@link LaggedGradients}), which costs one copy and one K × K product, not a backward pass.
 */
public final class TrainingStep {
  private final MtlModel model;
  private final BalancingStrategy strategy;
  private final Optimizer optimizer;
  private final LaggedGradients lagged = new LaggedGradients();

  public TrainingStep(MtlModel model, BalancingStrategy strategy, Optimizer optimizer) {
    this.model = model;
    this.strategy = strategy;
    this.optimizer = optimizer;
  }

  /**
   * What one step produced.
   *
   * @param losses per task
   * @param combination the strategy's weights and coefficients (null when the step diverged early)
   * @param gradients the gradient picture, when diagnosed
   * @param penalty the model's penalty (soft sharing's tie, DSelect-k's gate penalty)
   * @param divergence why the step diverged ("task 'x' diverged at step 12: loss is NaN"), or null
   */
  public record Result(double[] losses, Combination combination, GradientSnapshot gradients, double penalty, String divergence) {}

  public Result run(Batch batch, long step, int epoch, double learningRate, boolean diagnose) {
    double[] losses = model.forward(batch, true);
    String bad = firstNonFinite(losses, "loss", step);
    if (bad != null) {
      return new Result(losses, null, null, 0, bad);
    }
    GradientSnapshot snapshot = null;
    Combination combination;
    if (diagnose || strategy.needsTaskGradients()) {
      model.backwardPerTask();
      TaskGradients gradients = new TaskGradients(model.taskGradients(), model.sharedSegments());
      INDArray z = model.representationGradients();
      TaskGradients representation = z == null ? null : new TaskGradients(z);
      combination = strategy.combine(new StepContext(step, epoch, losses, gradients, representation));
      model.combineTaskGradients(combination.headWeights(), combination.coefficients());
      if (diagnose) {
        boolean sharedUpdate = model.sharing() != Sharing.SOFT;
        snapshot = GradientDiagnostics.compute(gradients, model.sharedSegments(),
            lagged.next(gradients, combination.coefficients(), sharedUpdate));
        bad = firstNonFinite(snapshot.norms(), "gradient norm", step);
        if (bad != null) {
          return new Result(losses, combination, snapshot, 0, bad);
        }
      }
    } else {
      combination = strategy.combine(new StepContext(step, epoch, losses, null));
      model.backwardCombined(combination.weights());
    }
    // Gradients can overflow while every loss is finite; a strategy answers them with a NaN weight
    // or coefficient for the task concerned (balance.BalancingStrategy). Stop before the optimiser.
    bad = firstNonFinite(combination, step);
    if (bad != null) {
      return new Result(losses, combination, snapshot, 0, bad);
    }
    double penalty = model.addRegularization();
    if (!Double.isFinite(penalty)) {
      return new Result(losses, combination, snapshot, penalty,
          "the model's penalty (soft sharing's tie, DSelect-k's gate penalty) diverged at step " + step + ": it is " + penalty);
    }
    optimizer.step(model.parameters(), model.gradient(), learningRate);
    return new Result(losses, combination, snapshot, penalty, null);
  }

  private String firstNonFinite(Combination c, long step) {
    String bad = firstNonFinite(c.coefficients(), "the balancing coefficient of its gradient", step);
    bad = bad != null ? bad : firstNonFinite(c.weights(), "its balancing weight", step);
    return bad != null ? bad : firstNonFinite(c.headWeights(), "the balancing weight of its head", step);
  }

  private String firstNonFinite(double[] values, String what, long step) {
    for (int t = 0; t < values.length; t++) {
      if (!Double.isFinite(values[t])) {
        return "task '" + model.tasks().get(t).name() + "' diverged at step " + step + ": " + what + " is " + values[t];
      }
    }
    return null;
  }
}

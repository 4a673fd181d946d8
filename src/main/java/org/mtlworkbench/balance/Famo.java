package org.mtlworkbench.balance;

import java.util.List;

/**
 * FAMO, Liu, Feng, Stone &amp; Liu, "FAMO: Fast Adaptive Multitask Optimization" (NeurIPS 2023),
 * Algorithm 1, after the authors' code.
 *
 * <p>FAMO decreases every task's loss at about the same rate, using only the losses (no per-task
 * gradients, O(1) cost). Task weights z = softmax(ξ) over learned logits ξ; the update is the
 * gradient of Σ_k z_k log L_k / c with c = Σ_k z_k / L_k, i.e. a loss weighting with
 * w_k = (z_k / L_k) / Σ_j (z_j / L_j) (Σw = 1, so the step is about 1/K of {@code equal}'s for the
 * same learning rate). After each update the logits learn from the improvement it brought,
 * δ_k = log L_k(before) − log L_k(after): ξ descends ∂(zᵀδ)/∂ξ = z ⊙ (δ − zᵀδ) plus γ·ξ (weight
 * decay), with Adam at rate {@code learningRate} (default 0.025) and γ = {@code decay} (default
 * 10⁻³), the defaults of the paper's code and LibMTL. A task that improved less than the others
 * gains weight.
 *
 * <p>Where we differ: the paper and both reference codes measure L(after) on the same batch with
 * one more forward pass after the optimiser's step. A strategy here sees no forward pass of its
 * own, so δ compares this step's losses with the next step's, which are on the next batch: the
 * same signal with batch-to-batch noise added, and without the bias of measuring on the batch just
 * fitted. Tasks without a labelled row in either batch ({@link LogLosses}) get δ_k = 0 and, in a
 * batch without labels, weight 0. The lower bounds of the losses are taken as 0, as in LibMTL.
 */
public final class Famo implements BalancingStrategy {
  public static final String NAME = "famo";
  static final OptionInfo LEARNING_RATE = OptionInfo.real("learningRate", 0.025, 0, true, "Adam rate of the weight logits ξ");
  static final OptionInfo DECAY = OptionInfo.real("decay", 1e-3, 0, false, "Weight decay γ on the logits ξ");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "FAMO", "Loss weights learned from how much each step lowered each log loss, so all tasks fall at one rate",
          new Citation("Liu, Feng, Stone & Liu", 2023, "FAMO: Fast Adaptive Multitask Optimization", "NeurIPS 2023"),
          Requirement.LOSSES, List.of(LEARNING_RATE, DECAY),
          (o, setup) -> new Famo(setup.taskCount(), o.real(LEARNING_RATE), o.real(DECAY)));
  private final double decay;
  private final double[] logits;
  private final ScalarAdam adam;
  private double[] previous;

  public Famo(int taskCount, double learningRate, double decay) {
    this.decay = decay;
    this.logits = new double[taskCount];
    this.adam = new ScalarAdam(taskCount, learningRate);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsTaskGradients() {
    return false;
  }

  @Override
  public Combination combine(StepContext context) {
    double[] losses = context.losses();
    int k = losses.length;
    if (previous != null) {
      learn(previous, losses);
    }
    previous = losses.clone();
    double[] z = Softmax.of(logits);
    double[] w = new double[k];
    double c = 0;
    for (int i = 0; i < k; i++) {
      if (LogLosses.counts(losses[i])) {
        w[i] = z[i] / losses[i];
        c += w[i];
      }
    }
    for (int i = 0; i < k; i++) {
      w[i] = c > 0 ? w[i] / c : 0.0;
    }
    return Combination.weighting(w);
  }

  /** One Adam step on ξ from the improvement δ between two consecutive steps' losses. */
  private void learn(double[] before, double[] after) {
    int k = logits.length;
    double[] z = Softmax.of(logits);
    double[] delta = new double[k];
    double zDelta = 0;
    for (int i = 0; i < k; i++) {
      if (LogLosses.counts(before[i]) && LogLosses.counts(after[i])) {
        delta[i] = Math.log(before[i]) - Math.log(after[i]);
      }
      zDelta += z[i] * delta[i];
    }
    double[] gradient = new double[k];
    for (int i = 0; i < k; i++) {
      gradient[i] = z[i] * (delta[i] - zDelta) + decay * logits[i];
    }
    adam.step(logits, gradient);
  }
}

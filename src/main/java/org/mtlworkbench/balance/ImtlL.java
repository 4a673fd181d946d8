package org.mtlworkbench.balance;

import java.util.List;

/**
 * IMTL-L, the loss half of Impartial Multi-Task Learning: Liu, Li, Kuang, Xue, Chen, Yang, Liao
 * &amp; Zhang, "Towards Impartial Multi-task Learning" (ICLR 2021), §3.1.
 *
 * <p>Each task learns a scale s_k and trains on e^{s_k}·L_k − s_k. Its gradient with respect to
 * s_k, e^{s_k}·L_k − 1, vanishes when the scaled loss e^{s_k}·L_k is 1: at the optimum every task's
 * scaled loss is the same, whatever the raw scale of its loss. The loss weight is e^{s_k}
 * (shown, and applied to the heads and the shared part alike). s starts at 0.
 *
 * <p>Each step returns the weights of the current s, then moves s by one {@link ScalarAdam} step
 * along the gradient above — the simultaneous update of the paper, where s is a parameter trained
 * with the network (LibMTL: by the network's Adam). The rate is the option {@code learningRate}
 * (default: the optimiser's). A task with no labelled row in the batch (L_k = 0) carries no
 * information on its scale: its gradient is taken as 0 (the formula's −1 would raise its weight
 * step after step while its labels are absent).
 */
public final class ImtlL implements BalancingStrategy {
  public static final String NAME = "imtl-l";
  static final OptionInfo LEARNING_RATE = OptionInfo.learningRate("the learned loss scales");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "IMTL-L", "Learns a scale per task so that every scaled loss e^s·L tends to 1 (IMTL's loss half)",
          ImtlG.PAPER, Requirement.LOSSES, List.of(LEARNING_RATE), (o, setup) -> new ImtlL(setup.taskCount(), o.real(LEARNING_RATE)));
  private final LossScales scales;

  public ImtlL(int taskCount, double learningRate) {
    this.scales = new LossScales(taskCount, learningRate);
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
    return Combination.weighting(scales.weightsThenStep(context.losses()));
  }

  /** IMTL-L's learned scales e^{s_k}, shared with the whole IMTL ({@link Imtl}). */
  static final class LossScales {
    private final double[] s;
    private final ScalarAdam adam;

    LossScales(int taskCount, double learningRate) {
      this.s = new double[taskCount];
      this.adam = new ScalarAdam(taskCount, learningRate);
    }

    /** e^{s_k} for this step; then one Adam step on s along e^{s_k}L_k − 1 (0 where L_k does not count). */
    double[] weightsThenStep(double[] losses) {
      double[] w = new double[s.length];
      double[] gradient = new double[s.length];
      for (int k = 0; k < s.length; k++) {
        w[k] = Math.exp(s[k]);
        gradient[k] = LogLosses.counts(losses[k]) ? w[k] * losses[k] - 1 : 0.0;
      }
      adam.step(s, gradient);
      return w;
    }
  }
}

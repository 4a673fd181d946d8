package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.nn.ParameterSegment;

/**
 * GradNorm, Chen, Badrinarayanan, Lee &amp; Rabinovich, "GradNorm: Gradient Normalization for
 * Adaptive Loss Balancing in Deep Multitask Networks" (ICML 2018), Algorithm 1.
 *
 * <p>Learned weights w_i (start 1) make every task train at a similar rate. On the last shared
 * layer W: G_i = ||∇_W w_i L_i|| = w_i·||∇_W L_i||, Ḡ = mean_i G_i; the inverse training rate is
 * r_i = L̃_i / mean_j L̃_j with L̃_i = L_i(t)/L_i(0). The weights descend
 * L_grad = Σ_i |G_i − Ḡ·r_i^α|, the target Ḡ·r_i^α held constant (as the paper prescribes), so
 * ∂L_grad/∂w_i = sign(G_i − Ḡ·r_i^α)·||∇_W L_i||; then they are renormalised to Σ_i w_i = K.
 * α (option {@code alpha}, default 1.5) sets how hard slow tasks are pulled back.
 *
 * <p>Each step returns the current w (used for this step's loss Σ w_i L_i and shown to the user),
 * then moves w by one {@link ScalarAdam} step (option {@code learningRate}, default: the
 * optimiser's — the paper trains w with the network's optimiser) and renormalises; a weight is
 * kept at least {@value #FLOOR} so that it stays positive. L_i(0) is the first positive loss seen
 * for task i (a batch without labels for a task gives 0); until then r_i = 1. W is the last layer
 * of one task-gradient row ({@link StepContext#gradients()}), weights and bias together.
 */
public final class GradNorm implements BalancingStrategy {
  public static final String NAME = "gradnorm";
  static final OptionInfo ALPHA = OptionInfo.real("alpha", 1.5, 0, false, "Asymmetry α: how hard tasks that train slowly are pulled back");
  static final OptionInfo LEARNING_RATE = OptionInfo.learningRate("the learned weights");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "GradNorm", "Learns loss weights so that every task's gradient norm on the last shared layer tracks its training rate",
          new Citation("Chen, Badrinarayanan, Lee & Rabinovich", 2018,
              "GradNorm: Gradient Normalization for Adaptive Loss Balancing in Deep Multitask Networks", "ICML 2018"),
          Requirement.LAST_SHARED_LAYER, List.of(ALPHA, LEARNING_RATE),
          (o, setup) -> new GradNorm(setup.taskCount(), lastSharedLayer(setup), o.real(ALPHA), o.real(LEARNING_RATE)));
  static final double FLOOR = 1e-3;
  private static final double TIE = 1e-12;
  private final ParameterSegment lastShared;
  private final double alpha;
  private final double[] weights;
  private final double[] initialLosses;
  private final ScalarAdam adam;

  /**
   * @param taskCount K
   * @param lastShared where the last shared layer lies in a task-gradient row
   * @param alpha the asymmetry α ≥ 0
   * @param learningRate Adam rate for the weights
   */
  public GradNorm(int taskCount, ParameterSegment lastShared, double alpha, double learningRate) {
    this.lastShared = lastShared;
    this.alpha = alpha;
    this.weights = new double[taskCount];
    Arrays.fill(weights, 1.0);
    this.initialLosses = new double[taskCount];
    this.adam = new ScalarAdam(taskCount, learningRate);
  }

  private static ParameterSegment lastSharedLayer(StrategySetup setup) {
    if (setup.sharedSegments().isEmpty()) {
      throw new InputException(
          "strategy 'gradnorm' balances gradient norms on the last shared layer, and this model has no"
              + " shared layer with parameters: give model.backbone at least one layer");
    }
    return setup.sharedSegments().get(setup.sharedSegments().size() - 1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsTaskGradients() {
    return true;
  }

  @Override
  public Combination combine(StepContext context) {
    double[] used = weights.clone();
    int k = weights.length;
    double[] losses = context.losses();
    double[] layerNorms = context.gradients().norms(lastShared);
    for (int i = 0; i < k; i++) {
      if (!Double.isFinite(layerNorms[i])) {
        used[i] = Double.NaN; // an overflowed gradient: the trainer stops the run as diverged, naming task i
      }
    }
    if (!java.util.Arrays.stream(used).allMatch(Double::isFinite)) {
      return Combination.weighting(used);
    }
    double[] trainingRate = new double[k];
    double meanRate = 0;
    for (int i = 0; i < k; i++) {
      if (initialLosses[i] <= 0 && losses[i] > 0) {
        initialLosses[i] = losses[i];
      }
      trainingRate[i] = initialLosses[i] > 0 ? losses[i] / initialLosses[i] : 1.0;
      meanRate += trainingRate[i] / k;
    }
    double meanNorm = 0;
    for (int i = 0; i < k; i++) {
      meanNorm += weights[i] * layerNorms[i] / k;
    }
    double[] gradient = new double[k];
    for (int i = 0; i < k; i++) {
      double r = meanRate > 0 ? trainingRate[i] / meanRate : 1.0;
      double target = meanNorm * Math.pow(r, alpha);
      double norm = weights[i] * layerNorms[i];
      // a difference at the level of rounding has no sign: ignoring it keeps ties (and task order) neutral
      double difference = Math.abs(norm - target) <= TIE * (norm + target) ? 0.0 : norm - target;
      gradient[i] = Math.signum(difference) * layerNorms[i];
    }
    adam.step(weights, gradient);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      weights[i] = Math.max(FLOOR, weights[i]);
      sum += weights[i];
    }
    for (int i = 0; i < k; i++) {
      weights[i] *= k / sum;
    }
    return Combination.weighting(used);
  }
}

package org.mtlworkbench.balance;

import java.util.List;
import org.mtlworkbench.data.TaskType;

/**
 * Homoscedastic uncertainty weighting, Kendall, Gal &amp; Cipolla, "Multi-Task Learning Using
 * Uncertainty to Weigh Losses for Scene Geometry and Semantics" (CVPR 2018), eq. 7 and 10.
 *
 * <p>Each task learns a noise scale σ_k; the loss is Σ_k L_k/(2σ_k²) + log σ_k for regression and
 * Σ_k L_k/σ_k² + log σ_k for classification. We learn s_k = log σ_k² (the paper's own, stable
 * parametrisation), so task k's term is a_k·e^{−s_k}·L_k + s_k/2 with a_k = ½ (regression) or 1
 * (classification), and its gradient with respect to s_k is −a_k·e^{−s_k}·L_k + ½. At a fixed
 * loss the optimum is e^{−s_k} = 1/(2a_k·L_k): the weight shrinks as the task's loss grows.
 *
 * <p>Each step returns the weights a_k·e^{−s_k} of the current s (the effective weight on each
 * loss, which is what the user sees plotted), then moves s by one {@link ScalarAdam} step along
 * the gradient above at this step's losses — the simultaneous update of the paper, where s is
 * trained with the network. The rate is the option {@code learningRate} (default: the
 * optimiser's). s starts at 0 (σ = 1).
 */
public final class UncertaintyWeighting implements BalancingStrategy {
  public static final String NAME = "uncertainty";
  static final OptionInfo LEARNING_RATE = OptionInfo.learningRate("the learned log-variances");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "Uncertainty weighting", "Learns a noise scale per task; each loss is divided by its variance plus a log penalty",
          new Citation("Kendall, Gal & Cipolla", 2018,
              "Multi-Task Learning Using Uncertainty to Weigh Losses for Scene Geometry and Semantics", "CVPR 2018"),
          Requirement.LOSSES, List.of(LEARNING_RATE), (o, setup) -> new UncertaintyWeighting(setup.taskTypes(), o.real(LEARNING_RATE)));
  private final double[] factor;
  private final double[] logVariance;
  private final ScalarAdam adam;

  /**
   * @param types each task's type (regression: factor ½; binary and multiclass: 1)
   * @param learningRate Adam rate for the log-variances
   */
  public UncertaintyWeighting(List<TaskType> types, double learningRate) {
    this.factor = new double[types.size()];
    for (int k = 0; k < factor.length; k++) {
      factor[k] = types.get(k) == TaskType.REGRESSION ? 0.5 : 1.0;
    }
    this.logVariance = new double[factor.length];
    this.adam = new ScalarAdam(factor.length, learningRate);
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
    double[] weights = new double[factor.length];
    double[] gradient = new double[factor.length];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = factor[k] * Math.exp(-logVariance[k]);
      gradient[k] = -weights[k] * losses[k] + 0.5;
    }
    adam.step(logVariance, gradient);
    return Combination.weighting(weights);
  }
}

package org.mtlworkbench.balance;

import java.util.List;

/**
 * Smooth Tchebycheff scalarisation (STCH), Lin, Zhang, Yang, Liu, Wang &amp; Zhang, "Smooth
 * Tchebycheff Scalarization for Multi-Objective Optimization" (ICML 2024), eq. 7, as the authors'
 * multi-task code applies it.
 *
 * <p>The Tchebycheff scalarisation min max_k (f_k − z_k) reaches every Pareto-optimal point but is
 * not smooth; its smooth form is μ·log Σ_k exp((f_k − z_k)/μ), whose gradient weights task k by
 * softmax((f − z)/μ)_k: the worst-off task gets most weight, the more so the smaller μ (option
 * {@code mu}, default 1). In the authors' multi-task code (and LibMTL) f_k = log L_k and z_k = log
 * L̄_k, the log of a reference ("nadir") loss: the mean of task k's batch losses over the warm-up's
 * last epoch. The loss is K·μ·log Σ_k exp(log(L_k/L̄_k)/μ), so w_k = K·softmax(log(L_k/L̄_k)/μ)_k / L_k.
 *
 * <p>Warm-up (option {@code warmupEpochs}, default 4 as in LibMTL): during epochs 0 … W the loss is
 * Σ_k log L_k (weights 1/L_k), and epoch W's losses give L̄. With fewer epochs than that the run
 * never leaves the warm-up. A task with no labelled row in the batch (L_k = 0, see {@link
 * LogLosses}) gets weight 0 and is left out of the softmax; its L̄_k is the mean over the batches
 * where it had labels (1 if there were none).
 */
public final class SmoothTchebycheff implements BalancingStrategy {
  public static final String NAME = "stch";
  static final OptionInfo MU = OptionInfo.real("mu", 1.0, 0, true, "Smoothing μ: small approaches the max over tasks, large the mean");
  static final OptionInfo WARMUP_EPOCHS =
      OptionInfo.integer("warmupEpochs", 4, 0, "Epochs on the sum of log losses before STCH; the last one sets the reference losses");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "STCH", "Smooth Tchebycheff scalarisation of the log losses: most weight to the task furthest above its reference",
          new Citation("Lin, Zhang, Yang, Liu, Wang & Zhang", 2024, "Smooth Tchebycheff Scalarization for Multi-Objective Optimization",
              "ICML 2024"),
          Requirement.LOSSES, List.of(MU, WARMUP_EPOCHS),
          (o, setup) -> new SmoothTchebycheff(setup.taskCount(), o.real(MU), o.integer(WARMUP_EPOCHS)));
  private final double mu;
  private final int warmupEpochs;
  private final double[] referenceSum;
  private final int[] referenceCount;
  private double[] reference;

  public SmoothTchebycheff(int taskCount, double mu, int warmupEpochs) {
    this.mu = mu;
    this.warmupEpochs = warmupEpochs;
    this.referenceSum = new double[taskCount];
    this.referenceCount = new int[taskCount];
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
    if (context.epoch() <= warmupEpochs) {
      if (context.epoch() == warmupEpochs) {
        for (int i = 0; i < k; i++) {
          if (LogLosses.counts(losses[i])) {
            referenceSum[i] += losses[i];
            referenceCount[i]++;
          }
        }
      }
      return Combination.weighting(LogLosses.inverse(losses));
    }
    if (reference == null) {
      reference = new double[k];
      for (int i = 0; i < k; i++) {
        reference[i] = referenceCount[i] > 0 ? referenceSum[i] / referenceCount[i] : 1.0;
      }
    }
    return Combination.weighting(weights(losses, reference, mu));
  }

  /** w_k = K·softmax(log(L_k/L̄_k)/μ)_k / L_k over the tasks whose loss counts; 0 for the others. */
  static double[] weights(double[] losses, double[] reference, double mu) {
    int k = losses.length;
    int[] present = java.util.stream.IntStream.range(0, k).filter(i -> LogLosses.counts(losses[i])).toArray();
    double[] w = new double[k];
    double[] scaled = new double[present.length];
    for (int j = 0; j < present.length; j++) {
      scaled[j] = Math.log(losses[present[j]] / reference[present[j]]) / mu;
    }
    double[] p = Softmax.of(scaled);
    for (int j = 0; j < present.length; j++) {
      w[present[j]] = k * p[j] / losses[present[j]];
    }
    return w;
  }
}

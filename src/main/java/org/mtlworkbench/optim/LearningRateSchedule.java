package org.mtlworkbench.optim;

/** The learning rate at each optimisation step, counted from 0. */
@FunctionalInterface
public interface LearningRateSchedule {

  double rate(long step);

  /** The same rate at every step. */
  static LearningRateSchedule constant(double baseRate) {
    return step -> baseRate;
  }

  /**
   * Step decay: {@code η_0 · γ^⌊epoch / stepEpochs⌋} with {@code epoch = ⌊step / stepsPerEpoch⌋},
   * i.e. the rate is multiplied by {@code γ} every {@code stepEpochs} epochs (PyTorch's {@code
   * StepLR} stepped once per epoch).
   */
  static LearningRateSchedule stepDecay(double baseRate, long stepsPerEpoch, long stepEpochs, double gamma) {
    if (stepsPerEpoch <= 0 || stepEpochs <= 0) {
      throw new IllegalArgumentException("stepsPerEpoch and stepEpochs must be positive");
    }
    return step -> baseRate * Math.pow(gamma, Math.floorDiv(Math.floorDiv(step, stepsPerEpoch), stepEpochs));
  }

  /**
   * Cosine annealing without restarts (Loshchilov &amp; Hutter 2017, "SGDR", eq. 5 with a single
   * cycle): {@code η_min + (η_0 − η_min)·(1 + cos(π·t/T))/2} over {@code T = totalSteps} steps,
   * held at {@code η_min} after that.
   */
  static LearningRateSchedule cosine(double baseRate, double minRate, long totalSteps) {
    if (totalSteps <= 0) {
      throw new IllegalArgumentException("totalSteps must be positive, got " + totalSteps);
    }
    return step -> {
      double progress = Math.min(step, totalSteps) / (double) totalSteps;
      return minRate + (baseRate - minRate) * (1 + Math.cos(Math.PI * progress)) / 2;
    };
  }
}

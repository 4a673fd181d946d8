package org.mtlworkbench.optim;

import java.util.List;
import org.mtlworkbench.common.InputException;

/**
 * How the learning rate changes over a run; JSON field {@code optimizer.schedule}.
 *
 * @param type {@code "constant"} (default), {@code "step"} or {@code "cosine"}
 * @param stepEpochs for {@code step}: decay every this many epochs (default 10)
 * @param gamma for {@code step}: factor applied at each decay, in (0, 1] (default 0.1)
 * @param minLearningRate for {@code cosine}: the rate reached at the last step (default 0)
 */
public record ScheduleSpec(String type, Integer stepEpochs, Double gamma, Double minLearningRate) {
  /** Accepted values of {@link #type()}. */
  public static final List<String> TYPES = List.of("constant", "step", "cosine");

  public ScheduleSpec {
    type = type == null ? "constant" : type;
    stepEpochs = stepEpochs == null ? 10 : stepEpochs;
    gamma = gamma == null ? 0.1 : gamma;
    minLearningRate = minLearningRate == null ? 0.0 : minLearningRate;
    if (!TYPES.contains(type)) {
      throw new InputException("optimizer.schedule.type must be one of " + String.join(", ", TYPES) + ", got '" + type + "'");
    }
    if (stepEpochs < 1) {
      throw new InputException("optimizer.schedule.stepEpochs must be >= 1, got " + stepEpochs);
    }
    if (!(gamma > 0 && gamma <= 1)) {
      throw new InputException("optimizer.schedule.gamma must be in (0, 1], got " + gamma);
    }
    if (!(minLearningRate >= 0) || Double.isInfinite(minLearningRate)) {
      throw new InputException("optimizer.schedule.minLearningRate must be >= 0, got " + minLearningRate);
    }
  }

  /** The constant schedule, all defaults. */
  public static ScheduleSpec constant() {
    return new ScheduleSpec(null, null, null, null);
  }

  /**
   * The schedule for a run.
   *
   * @param baseRate the optimiser's learning rate (the rate at step 0)
   * @param stepsPerEpoch optimisation steps in one epoch (for {@code step})
   * @param totalSteps steps in the whole run (for {@code cosine})
   */
  public LearningRateSchedule create(double baseRate, long stepsPerEpoch, long totalSteps) {
    return switch (type) {
      case "step" -> LearningRateSchedule.stepDecay(baseRate, stepsPerEpoch, stepEpochs, gamma);
      case "cosine" -> LearningRateSchedule.cosine(baseRate, minLearningRate, totalSteps);
      default -> LearningRateSchedule.constant(baseRate);
    };
  }
}

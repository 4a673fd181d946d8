package org.mtlworkbench.optim;

import java.util.List;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The optimiser of an experiment; JSON field {@code optimizer}. Missing fields take the defaults
 * set here and nowhere else. {@code momentum} and {@code nesterov} are used by {@code sgd} only,
 * {@code beta1}, {@code beta2} and {@code epsilon} by {@code adam} and {@code adamw} only.
 *
 * @param type {@code "sgd"}, {@code "adam"} (default) or {@code "adamw"}
 * @param learningRate base rate η, &gt; 0 (default 0.001)
 * @param momentum μ in [0, 1) (default 0)
 * @param nesterov Nesterov momentum, needs μ &gt; 0 (default false)
 * @param beta1 first-moment decay in [0, 1) (default 0.9)
 * @param beta2 second-moment decay in [0, 1) (default 0.999)
 * @param epsilon &gt; 0 (default 1e-8)
 * @param weightDecay λ ≥ 0: L2 for sgd and adam, decoupled for adamw (default 0)
 * @param schedule learning-rate schedule (default constant)
 */
public record OptimizerSpec(
    String type,
    Double learningRate,
    Double momentum,
    Boolean nesterov,
    Double beta1,
    Double beta2,
    Double epsilon,
    Double weightDecay,
    ScheduleSpec schedule) {

  /** Accepted values of {@link #type()}. */
  public static final List<String> TYPES = List.of("sgd", "adam", "adamw");

  public OptimizerSpec {
    type = type == null ? "adam" : type;
    learningRate = learningRate == null ? 0.001 : learningRate;
    momentum = momentum == null ? 0.0 : momentum;
    nesterov = nesterov == null ? Boolean.FALSE : nesterov;
    beta1 = beta1 == null ? 0.9 : beta1;
    beta2 = beta2 == null ? 0.999 : beta2;
    epsilon = epsilon == null ? 1e-8 : epsilon;
    weightDecay = weightDecay == null ? 0.0 : weightDecay;
    schedule = schedule == null ? ScheduleSpec.constant() : schedule;

    if (!TYPES.contains(type)) {
      throw new InputException("optimizer.type must be one of " + String.join(", ", TYPES) + ", got '" + type + "'");
    }
    require(learningRate > 0 && !learningRate.isInfinite(), "learningRate", "> 0", learningRate);
    require(momentum >= 0 && momentum < 1, "momentum", "in [0, 1)", momentum);
    require(beta1 >= 0 && beta1 < 1, "beta1", "in [0, 1)", beta1);
    require(beta2 >= 0 && beta2 < 1, "beta2", "in [0, 1)", beta2);
    require(epsilon > 0 && !epsilon.isInfinite(), "epsilon", "> 0", epsilon);
    require(weightDecay >= 0 && !weightDecay.isInfinite(), "weightDecay", ">= 0", weightDecay);
    if (nesterov && momentum == 0 && type.equals("sgd")) {
      throw new InputException("optimizer.nesterov needs optimizer.momentum > 0");
    }
    if (schedule.type().equals("cosine") && schedule.minLearningRate() > learningRate) {
      throw new InputException("optimizer.schedule.minLearningRate must be <= optimizer.learningRate ("
          + learningRate + "), got " + schedule.minLearningRate());
    }
  }

  private static void require(boolean ok, String field, String rule, double value) {
    if (!ok) {
      throw new InputException("optimizer." + field + " must be " + rule + ", got " + value);
    }
  }

  /** A fresh optimiser (new state) for one flat vector of {@code size} elements. */
  public Optimizer create(long size, DataType dtype) {
    return switch (type) {
      case "sgd" -> new Sgd(size, dtype, momentum, nesterov, weightDecay);
      case "adamw" -> new AdamW(size, dtype, beta1, beta2, epsilon, weightDecay);
      default -> new Adam(size, dtype, beta1, beta2, epsilon, weightDecay);
    };
  }

  /** This spec's schedule, starting from {@link #learningRate()}. */
  public LearningRateSchedule createSchedule(long stepsPerEpoch, long totalSteps) {
    return schedule.create(learningRate, stepsPerEpoch, totalSteps);
  }
}

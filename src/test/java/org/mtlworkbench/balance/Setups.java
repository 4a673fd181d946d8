package org.mtlworkbench.balance;

import java.util.Collections;
import java.util.List;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.nn.ParameterSegment;

/** Creation-time setups and step contexts for strategy tests. */
final class Setups {
  private Setups() {}

  /** Regression tasks with the given names, one shared layer of 10 parameters, rate 0.01, seed 1. */
  static StrategySetup regression(List<String> names) {
    return new StrategySetup(
        names, Collections.nCopies(names.size(), TaskType.REGRESSION), List.of(new ParameterSegment("dense1", 0, 10)), 0.01, 1);
  }

  static StepContext losses(long step, int epoch, double... losses) {
    return new StepContext(step, epoch, losses, null);
  }

  static StepContext gradients(double[][] rows) {
    return new StepContext(0, 0, new double[rows.length], TaskGradients.of(rows));
  }

  /** A step with these losses and gradient rows (double precision). */
  static StepContext step(long step, int epoch, double[] losses, double[][] rows) {
    return new StepContext(step, epoch, losses.clone(), TaskGradients.of(rows));
  }

  /**
   * Creates {@code name} with default options for K regression tasks a, b, c, … whose gradient
   * rows have P entries, one layer.
   */
  static BalancingStrategy create(String name, int k, int p) {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      names.add(String.valueOf((char) ('a' + i)));
    }
    return Strategies.create(StrategySpec.named(name), new StrategySetup(
        names, Collections.nCopies(k, TaskType.REGRESSION), List.of(new ParameterSegment("dense1", 0, p)), 0.01, 1));
  }
}

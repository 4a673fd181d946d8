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
}

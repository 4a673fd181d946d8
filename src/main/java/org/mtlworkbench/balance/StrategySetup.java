package org.mtlworkbench.balance;

import java.util.List;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.nn.ParameterSegment;

/**
 * What a strategy may need to know when it is created, besides its own options.
 *
 * @param taskNames the tasks, in model order
 * @param taskTypes each task's type, same order (uncertainty weighting treats regression and
 *     classification losses differently)
 * @param sharedSegments the layers of one task-gradient row, first to last (GradNorm reads the
 *     last one)
 * @param learningRate the optimiser's base rate; default rate of strategies that learn weights
 * @param seed seed for strategies that draw random numbers
 */
public record StrategySetup(
    List<String> taskNames, List<TaskType> taskTypes, List<ParameterSegment> sharedSegments, double learningRate, long seed) {

  public StrategySetup {
    taskNames = List.copyOf(taskNames);
    taskTypes = List.copyOf(taskTypes);
    sharedSegments = List.copyOf(sharedSegments);
    if (taskNames.size() != taskTypes.size()) {
      throw new IllegalArgumentException(taskNames.size() + " task names but " + taskTypes.size() + " task types");
    }
  }

  public int taskCount() {
    return taskNames.size();
  }
}

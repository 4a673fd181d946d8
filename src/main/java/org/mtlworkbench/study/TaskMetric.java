package org.mtlworkbench.study;

import java.util.List;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.nn.metrics.Metric;

/**
 * A task of a study and the metric it is judged by, as resolved against the data (an experiment
 * may leave the metric to the task type's default).
 *
 * @param task the task's name
 * @param metric its metric ("mse", "accuracy", ...)
 */
public record TaskMetric(String task, String metric) {

  public boolean higherIsBetter() {
    return Metric.higherIsBetter(metric);
  }

  public static List<TaskMetric> of(List<Task> tasks) {
    return tasks.stream().map(t -> new TaskMetric(t.name(), t.metric())).toList();
  }
}

package org.mtlworkbench.model;

import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.TargetColumn;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.nn.Loss;
import org.mtlworkbench.nn.Losses;
import org.mtlworkbench.nn.metrics.Metric;

/**
 * A task resolved against its data: name, target, type, output width, loss and metric.
 *
 * @param name task name, unique within a model
 * @param target target column name
 * @param type regression, binary or multiclass
 * @param outputWidth width of the head's output layer
 * @param classNames class labels (empty for regression)
 * @param lossName loss function name
 * @param metric metric name used for the validation verdict
 */
public record Task(
    String name, String target, TaskType type, int outputWidth, List<String> classNames, String lossName, String metric) {


  public Task {
    classNames = List.copyOf(classNames);
  }

  /** Resolves a spec against the target column it names, applying the type's defaults. */
  public static Task resolve(TaskSpec spec, TargetColumn column) {
    TaskType type = column.type();
    checkFits(spec, type);
    String loss = spec.loss() != null ? spec.loss() : defaultLoss(type);
    String metric = spec.metric() != null ? spec.metric() : defaultMetric(type);
    return new Task(spec.name(), spec.target(), type, column.outputWidth(), column.classNames(), loss, metric);
  }

  /**
   * That the spec's loss and metric (where it names them) exist and fit a task of {@code type};
   * called with the declared type before any data are read, and with the data's type here.
   *
   * @throws InputException naming the task
   */
  public static void checkFits(TaskSpec spec, TaskType type) {
    String loss = spec.loss() != null ? spec.loss() : defaultLoss(type);
    String metric = spec.metric() != null ? spec.metric() : defaultMetric(type);
    List<String> allowed = metrics(type);
    if (!allowed.contains(metric)) {
      throw new InputException(
          "task '" + spec.name() + "': metric '" + metric + "' does not fit a " + TaskSpec.typeId(type)
              + " task; use one of " + String.join(", ", allowed));
    }
    try {
      Losses.forName(loss);
    } catch (InputException e) {
      throw new InputException("task '" + spec.name() + "': " + e.getMessage(), e);
    }
    if (!loss.equals(defaultLoss(type)) && !(type == TaskType.REGRESSION && loss.equals("mse"))) {
      throw new InputException(
          "task '" + spec.name() + "': loss '" + loss + "' does not fit a " + TaskSpec.typeId(type)
              + " task; use '" + defaultLoss(type) + "'");
    }
  }

  /** The metrics that fit a task of this type, by their names in experiment files, in {@link Metric} order. */
  public static List<String> metrics(TaskType type) {
    boolean classification = type != TaskType.REGRESSION;
    return Arrays.stream(Metric.values()).filter(m -> m.classification() == classification).map(Metric::id).toList();
  }

  public static String defaultLoss(TaskType type) {
    return switch (type) {
      case REGRESSION -> "mse";
      case BINARY -> "bce";
      case MULTICLASS -> "cross-entropy";
    };
  }

  public static String defaultMetric(TaskType type) {
    return type == TaskType.REGRESSION ? "mse" : "accuracy";
  }

  /** A fresh loss object for this task. */
  public Loss newLoss() {
    return Losses.forName(lossName);
  }
}

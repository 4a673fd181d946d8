package org.mtlworkbench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.TaskType;

/**
 * One task as written in an experiment: which target column it predicts and how it is scored.
 *
 * @param name task name (default: the target's name)
 * @param target the dataset's target column (required)
 * @param type "regression", "binary" or "multiclass"; absent = detected from the data
 * @param loss "mse", "bce" or "cross-entropy"; absent = the type's default
 * @param metric "mse", "mae", "r2", "accuracy" or "macro-f1"; absent = the type's default (mse for
 *     regression, accuracy for classification)
 * @param labelBudget keep only the first N labelled training rows of this task; absent = all
 */
public record TaskSpec(String name, String target, String type, String loss, String metric, Integer labelBudget) {
  /** The task types as experiment files spell them: "regression", "binary", "multiclass". */
  public static final List<String> TYPES = Arrays.stream(TaskType.values()).map(TaskSpec::typeId).toList();

  public TaskSpec {
    if (target == null || target.isBlank()) {
      throw new InputException("every task needs a \"target\" (a target column of the dataset)");
    }
    name = name == null ? target : name;
    if (labelBudget != null && labelBudget < 0) {
      throw new InputException("task '" + name + "': labelBudget must be ≥ 0, got " + labelBudget);
    }
  }

  public static TaskSpec of(String target) {
    return new TaskSpec(null, target, null, null, null, null);
  }

  /** How experiment files spell a task type: "regression", "binary" or "multiclass". */
  public static String typeId(TaskType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The task type spelled {@code id} (in any case, as files have always been read), or null when there is none. */
  public static TaskType typeOf(String id) {
    for (TaskType t : TaskType.values()) {
      if (typeId(t).equals(id.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }

  /**
   * The type the file declares, or null when it leaves it to be detected from the data.
   *
   * @throws InputException naming the task for a type that does not exist
   */
  public TaskType declaredType() {
    if (type == null) {
      return null;
    }
    TaskType t = typeOf(type);
    if (t != null) {
      return t;
    }
    throw new InputException("task '" + name + "': type must be " + String.join(", ", TYPES.subList(0, TYPES.size() - 1))
        + " or " + TYPES.get(TYPES.size() - 1) + ", got '" + type + "'");
  }
}

package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

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
}

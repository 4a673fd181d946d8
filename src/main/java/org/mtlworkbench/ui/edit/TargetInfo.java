package org.mtlworkbench.ui.edit;

import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.TaskSpec;

/**
 * One target column of the dataset, as a task card shows it.
 *
 * @param name the column's name
 * @param type detected (or declared) type
 * @param labelled rows that carry a label
 * @param classes number of classes (0 for regression)
 * @param declared whether the type was chosen by the user (on import) rather than detected; a task
 *     made from this target then carries the type
 */
public record TargetInfo(String name, TaskType type, int labelled, int classes, boolean declared) {

  /** A target whose type was detected from its values. */
  public static TargetInfo detected(String name, TaskType type, int labelled, int classes) {
    return new TargetInfo(name, type, labelled, classes, false);
  }

  /** "regression", "binary" or "multiclass". */
  public String typeId() {
    return TaskSpec.typeId(type);
  }
}

package org.mtlworkbench.ui.edit;

import org.mtlworkbench.data.TaskType;

/**
 * One target column of the dataset, as a task card shows it.
 *
 * @param name the column's name
 * @param type detected (or declared) type
 * @param labelled rows that carry a label
 * @param classes number of classes (0 for regression)
 */
public record TargetInfo(String name, TaskType type, int labelled, int classes) {

  /** "regression", "binary" or "multiclass". */
  public String typeId() {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}

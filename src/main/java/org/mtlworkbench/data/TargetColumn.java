package org.mtlworkbench.data;

import java.util.List;

/**
 * One target of a dataset: a value per row, or NaN where the row has no label for this target.
 *
 * <p>For classification targets the value is the class index into {@link #classNames()} (so
 * labels given as strings or integers in a CSV both end up as indices); for regression targets
 * {@code classNames} is empty.
 *
 * @param name column name
 * @param type regression, binary or multiclass
 * @param values one value per row, NaN meaning "no label" (masked)
 * @param classNames class labels in index order (empty for regression)
 */
public record TargetColumn(String name, TaskType type, float[] values, List<String> classNames) {

  public TargetColumn {
    classNames = List.copyOf(classNames);
  }

  /** Number of classes: 0 for regression, 2 for binary, k for multiclass. */
  public int classCount() {
    return type == TaskType.REGRESSION ? 0 : classNames.size();
  }

  /** Width of the head's output: 1 for regression and binary, k for multiclass. */
  public int outputWidth() {
    return type == TaskType.MULTICLASS ? classNames.size() : 1;
  }

  /** Number of rows that carry a label. */
  public int labelledCount() {
    int n = 0;
    for (float v : values) {
      if (!Float.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** Whether row {@code row} carries a label. */
  public boolean isLabelled(int row) {
    return !Float.isNaN(values[row]);
  }
}

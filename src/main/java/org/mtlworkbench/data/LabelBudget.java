package org.mtlworkbench.data;

import java.util.Arrays;
import org.mtlworkbench.common.InputException;

/**
 * Keeps only the first N labels of one target and masks the rest, to stage the case of one task
 * with little data next to tasks with much (see DESIGN.md, "Data").
 *
 * <p>"First" is in the row order of the dataset given, normally the (shuffled) training split,
 * so the kept labels are a random sample of the training labels.
 */
public final class LabelBudget {
  private LabelBudget() {}

  /**
   * @param budget the number of labels to keep; {@code null} or more than there are = keep all
   * @return {@code data} itself when nothing changes, else a dataset with that target replaced
   */
  public static Dataset apply(Dataset data, String target, Integer budget) {
    TargetColumn column = data.findTarget(target)
        .orElseThrow(() -> new InputException("label budget: no target named '" + target + "'"));
    if (budget == null) {
      return data;
    }
    if (budget < 0) {
      throw new InputException(
          "target '" + target + "': labelBudget must be 0 or more, got " + budget);
    }
    float[] v = column.values();
    float[] kept = Arrays.copyOf(v, v.length);
    int seen = 0;
    boolean changed = false;
    for (int r = 0; r < kept.length; r++) {
      if (!Float.isNaN(kept[r])) {
        if (seen >= budget) {
          kept[r] = Float.NaN;
          changed = true;
        }
        seen++;
      }
    }
    if (!changed) {
      return data;
    }
    return data.withTarget(
        new TargetColumn(column.name(), column.type(), kept, column.classNames()));
  }
}

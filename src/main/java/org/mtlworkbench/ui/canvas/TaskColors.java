package org.mtlworkbench.ui.canvas;

import java.util.List;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.TargetInfo;

/**
 * One colour per target, the same on its card, its head and its curves: the target's position in
 * the dataset picks one of {@value #COUNT} theme colours ({@code -mtl-task-1} … in the stylesheets).
 */
public final class TaskColors {
  public static final int COUNT = 8;

  private TaskColors() {}

  /** 0-based colour index of {@code target}. */
  public static int index(DatasetInfo dataset, List<String> fallbackOrder, String target) {
    int i = -1;
    if (dataset != null) {
      List<String> names = dataset.targets().stream().map(TargetInfo::name).toList();
      i = names.indexOf(target);
    }
    if (i < 0) {
      i = Math.max(0, fallbackOrder.indexOf(target));
    }
    return i % COUNT;
  }

  /** The style class that paints a swatch in the colour of index {@code i}. */
  public static String styleClass(int i) {
    return "task-color-" + (i % COUNT + 1);
  }
}

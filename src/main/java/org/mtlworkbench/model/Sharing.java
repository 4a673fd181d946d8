package org.mtlworkbench.model;

import java.util.Arrays;
import java.util.Locale;
import org.mtlworkbench.common.InputException;

/** How the tasks share parameters. */
public enum Sharing {
  /** One backbone for all tasks, one head per task. */
  HARD,
  /** One backbone copy (tower) per task, pulled together by a penalty (Duong et al. 2015). */
  SOFT,
  /** One tower per task, mixed after every layer by learned cross-stitch units (Misra et al. 2016). */
  CROSS_STITCH,
  /** Expert networks shared by all tasks, one softmax gate per task (Ma et al. 2018). */
  MMOE;

  /** The name used in experiment files and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Sharing parse(String value) {
    return Arrays.stream(values())
        .filter(s -> s.id().equals(value))
        .findFirst()
        .orElseThrow(() -> new InputException(
                "sharing must be 'hard', 'soft', 'cross-stitch' or 'mmoe', got '" + value + "'"));
  }
}

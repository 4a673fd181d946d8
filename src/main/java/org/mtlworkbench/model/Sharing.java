package org.mtlworkbench.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
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
  MMOE,
  /** One conv backbone, one soft-attention mask per task after every conv stage (Liu, Johns &amp; Davison 2019). */
  MTAN,
  /** Shared and task-specific experts, one softmax gate per task: customized gate control (Tang et al. 2020). */
  CGC,
  /** CGC stacked over the backbone's layers, with a shared gate between levels (Tang et al. 2020). */
  PLE,
  /** Shared experts, each task choosing at most k of them by a smooth-step gate (Hazimeh et al. 2021). */
  DSELECT_K;

  /** The name used in experiment files and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Sharing parse(String value) {
    return Arrays.stream(values())
        .filter(s -> s.id().equals(value))
        .findFirst()
        .orElseThrow(() -> new InputException("sharing must be " + names() + ", got '" + value + "'"));
  }

  /** "'hard', 'soft', … or 'dselect-k'", for messages. */
  private static String names() {
    String all = Arrays.stream(values()).map(s -> "'" + s.id() + "'").collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}

package org.mtlworkbench.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** How task names are written in findings (numbers are written by {@link org.mtlworkbench.common.text.Numbers}). */
final class Wording {
  private Wording() {}

  static String quoted(String task) {
    return "'" + task + "'";
  }

  static String group(List<String> tasks) {
    return tasks.stream().map(Wording::quoted).collect(Collectors.joining(", ", "{", "}"));
  }
}

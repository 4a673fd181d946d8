package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.common.InputException;

/** Column names of generated data: features x1..xd, targets y1..yK. */
final class SyntheticNames {
  private SyntheticNames() {}

  static List<String> numbered(String prefix, int count) {
    List<String> names = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      names.add(prefix + i);
    }
    return names;
  }

  static void requirePositive(String field, int value) {
    if (value < 1) {
      throw new InputException(field + ": must be 1 or more, got " + value);
    }
  }
}

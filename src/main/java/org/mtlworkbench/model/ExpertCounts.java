package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

/** The one rule for expert counts in experiment files (CGC, PLE, DSelect-k, MMoE's experts aside). */
final class ExpertCounts {
  static final int MAX = 64;

  private ExpertCounts() {}

  /** Shared experts: 1 to {@link #MAX}, {@code fallback} when absent. */
  static int shared(String path, Integer value, int fallback) {
    return within(path + ".sharedExperts", value, fallback, 1);
  }

  /** Experts of each task's own: 0 to {@link #MAX}, {@code fallback} when absent. */
  static int perTask(String path, Integer value, int fallback) {
    return within(path + ".taskExperts", value, fallback, 0);
  }

  static int within(String field, Integer value, int fallback, int min) {
    int v = value == null ? fallback : value;
    if (v < min || v > MAX) {
      throw new InputException(field + " must be between " + min + " and " + MAX + ", got " + v);
    }
    return v;
  }
}

package org.mtlworkbench.data;

import java.util.List;
import org.mtlworkbench.common.InputException;

/** The per-task output scales σ_k a synthetic generator takes, checked in one place. */
final class Scales {
  private Scales() {}

  /**
   * σ_1..σ_K as an array, each a finite number above 0.
   *
   * @param atLeast the fewest tasks the generator accepts
   * @param example what a user could write, e.g. "[1, 10, 100]"
   * @throws InputException naming {@code scales} (and the index of a bad one) otherwise
   */
  static double[] positive(List<Double> scales, int atLeast, String example) {
    if (scales == null || scales.size() < atLeast) {
      throw new InputException("scales: give one scale per task" + (atLeast > 1 ? ", at least " + words(atLeast) : "")
          + ", e.g. " + example);
    }
    double[] out = new double[scales.size()];
    for (int i = 0; i < out.length; i++) {
      Double s = scales.get(i);
      if (s == null || !(s > 0) || s.isInfinite()) {
        throw new InputException("scales[" + i + "]: must be a number above 0, got " + s);
      }
      out[i] = s;
    }
    return out;
  }

  private static String words(int n) {
    return n == 2 ? "two" : Integer.toString(n);
  }
}

package org.mtlworkbench.store;

/**
 * One stored curve: values by training step, in file order (steps increase).
 *
 * @param steps global step of each point
 * @param values the value at that step
 */
public record Series(long[] steps, double[] values) {
  public Series {
    if (steps.length != values.length) {
      throw new IllegalArgumentException("steps and values differ in length: " + steps.length + " vs " + values.length);
    }
  }

  static final Series EMPTY = new Series(new long[0], new double[0]);

  public int size() {
    return steps.length;
  }
}

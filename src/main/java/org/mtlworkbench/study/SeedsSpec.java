package org.mtlworkbench.study;

import org.mtlworkbench.common.InputException;

/**
 * The seeds of a study: {@code count} consecutive seeds starting at {@code first}. Every
 * strategy and every single-task baseline runs once per seed, so a verdict compares runs that saw
 * the same splits, batch orders and initial values.
 *
 * @param count how many seeds (at least 1; a verdict needs 2; default 3)
 * @param first the first seed (default: the experiment's {@code training.seed})
 */
public record SeedsSpec(Integer count, Long first) {
  /** Seeds per strategy when the study file does not say. */
  public static final int DEFAULT_COUNT = 3;

  public SeedsSpec {
    count = count == null ? DEFAULT_COUNT : count;
    if (count < 1) {
      throw new InputException("seeds.count must be 1 or more, got " + count);
    }
  }

  /** The same count from another first seed. */
  public SeedsSpec withFirst(long f) {
    return new SeedsSpec(count, f);
  }
}

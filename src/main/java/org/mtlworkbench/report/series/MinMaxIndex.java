package org.mtlworkbench.report.series;

import java.util.Arrays;

/**
 * Per block of {@value #BLOCK} consecutive points of a growing series, where its smallest and
 * largest (non-NaN) values lie: lets {@link MinMaxDecimator} take a whole block that falls into
 * one pixel column in one step instead of {@value #BLOCK}, so a frame over a million-step run
 * reads about n / {@value #BLOCK} summaries plus the blocks that straddle column edges.
 *
 * <p>Kept up to date incrementally as the series grows ({@link #update}); only the last,
 * unfinished block is summarised again.
 */
public final class MinMaxIndex {
  public static final int BLOCK = 64;

  private int[] minAt = new int[64];
  private int[] maxAt = new int[64];
  private int indexed;

  /** Brings the summaries up to date with {@code y[0..n)} (n never shrinks without {@link #reset}). */
  public void update(float[] y, int n) {
    int firstBlock = indexed / BLOCK;
    int blocks = (n + BLOCK - 1) / BLOCK;
    if (blocks > minAt.length) {
      int capacity = Math.max(blocks, minAt.length * 2);
      minAt = Arrays.copyOf(minAt, capacity);
      maxAt = Arrays.copyOf(maxAt, capacity);
    }
    for (int b = firstBlock; b < blocks; b++) {
      int lo = -1;
      int hi = -1;
      int end = Math.min(n, (b + 1) * BLOCK);
      for (int i = b * BLOCK; i < end; i++) {
        float v = y[i];
        if (Float.isNaN(v)) {
          continue;
        }
        if (lo < 0) {
          lo = i;
          hi = i;
        } else if (v < y[lo]) {
          lo = i;
        } else if (v > y[hi]) {
          hi = i;
        }
      }
      minAt[b] = lo;
      maxAt[b] = hi;
    }
    indexed = n;
  }

  /** Forgets everything (the series was rewritten, e.g. smoothed with another weight). */
  public void reset() {
    indexed = 0;
  }

  /** Points summarised. */
  public int size() {
    return indexed;
  }

  /** Index of the first smallest value of block {@code b}, or −1 when all of it is NaN. */
  int minAt(int b) {
    return minAt[b];
  }

  /** Index of the first largest value of block {@code b}, or −1 when all of it is NaN. */
  int maxAt(int b) {
    return maxAt[b];
  }
}

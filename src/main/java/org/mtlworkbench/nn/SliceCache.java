package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Remembers the per-layer slices cut from the last few flat gradient vectors, keyed by identity.
 *
 * <p>Why: a model passes the same gradient rows (one per task) at every step, and building
 * views through ND4J's indexing costs microseconds each; a handful of entries covers the rows of
 * all tasks, and the bound keeps a caller that passes fresh arrays from growing it.
 */
final class SliceCache {
  private static final int CAPACITY = 16;
  private final long[] offsets;
  private final long[] lengths;
  private final INDArray[] keys = new INDArray[CAPACITY];
  private final INDArray[][] values = new INDArray[CAPACITY][];
  private int next;

  /** Slices at {@code offsets[i]} of {@code lengths[i]}; a length of 0 gives a {@code null} slice. */
  SliceCache(long[] offsets, long[] lengths) {
    this.offsets = offsets.clone();
    this.lengths = lengths.clone();
  }

  INDArray[] slices(INDArray flat) {
    for (int i = 0; i < CAPACITY; i++) {
      if (keys[i] == flat) {
        return values[i];
      }
    }
    INDArray[] slices = new INDArray[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      slices[i] = lengths[i] == 0 ? null : FlatViews.vector(flat, offsets[i], lengths[i]);
    }
    keys[next] = flat;
    values[next] = slices;
    next = (next + 1) % CAPACITY;
    return slices;
  }
}

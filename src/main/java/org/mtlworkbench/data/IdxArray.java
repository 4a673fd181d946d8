package org.mtlworkbench.data;

import java.util.Arrays;

/**
 * The content of one IDX file of unsigned bytes: its dimensions and its values in row-major order
 * (the last dimension varies fastest), e.g. {@code [60000, 28, 28]} for an image file and
 * {@code [60000]} for a label file.
 *
 * @param dimensions size of each dimension, outermost first
 * @param values {@code Π dimensions} unsigned bytes, row-major; not copied
 */
public record IdxArray(int[] dimensions, byte[] values) {
  public IdxArray {
    dimensions = dimensions.clone();
    long n = 1;
    for (int d : dimensions) {
      n *= d;
    }
    if (n != values.length) {
      throw new IllegalArgumentException(
          "dimensions " + Arrays.toString(dimensions) + " need " + n + " values, got " + values.length);
    }
  }

  /** Size of the outermost dimension (the number of items). */
  public int items() {
    return dimensions.length == 0 ? 1 : dimensions[0];
  }

  /** Number of values per item (the product of the inner dimensions). */
  public int itemSize() {
    int n = 1;
    for (int i = 1; i < dimensions.length; i++) {
      n *= dimensions[i];
    }
    return n;
  }

  /** Value {@code i} as an int in 0..255. */
  public int unsigned(int i) {
    return values[i] & 0xFF;
  }

  @Override
  public int[] dimensions() {
    return dimensions.clone();
  }
}

package org.mtlworkbench.nn;

/**
 * Moves {@code m} consecutive rows of {@code size} values (one image each) to and from the
 * interleaved layout the convolution works in ({@link Im2Col}): value {@code e} of row {@code b}
 * at {@code e·m + b}. Both directions are the transpose of a row-major block; {@code m = 1} is a
 * copy. Arrays are {@code float[]} or {@code double[]} ({@link HostCopy}).
 */
final class Interleave {
  private Interleave() {}

  /** {@code dst[dstOff + e·m + b] = src[srcOff + b·size + e]} for {@code b < m, e < size}. */
  static void in(Object src, int srcOff, int size, int m, Object dst, int dstOff) {
    transpose(src, srcOff, m, size, dst, dstOff);
  }

  /** The inverse of {@link #in}: {@code dst[dstOff + b·size + e] = src[srcOff + e·m + b]}. */
  static void out(Object src, int srcOff, int size, int m, Object dst, int dstOff) {
    transpose(src, srcOff, size, m, dst, dstOff);
  }

  /** {@code dst[dstOff + c·rows + r] = src[srcOff + r·cols + c]}: the row-major block read row by row. */
  private static void transpose(Object src, int srcOff, int rows, int cols, Object dst, int dstOff) {
    if (rows == 1 || cols == 1) {
      System.arraycopy(src, srcOff, dst, dstOff, rows * cols);
    } else if (src instanceof float[] s) {
      float[] d = (float[]) dst;
      for (int r = 0; r < rows; r++) {
        for (int c = 0, from = srcOff + r * cols, to = dstOff + r; c < cols; c++, to += rows) {
          d[to] = s[from + c];
        }
      }
    } else {
      double[] s = (double[]) src;
      double[] d = (double[]) dst;
      for (int r = 0; r < rows; r++) {
        for (int c = 0, from = srcOff + r * cols, to = dstOff + r; c < cols; c++, to += rows) {
          d[to] = s[from + c];
        }
      }
    }
  }
}

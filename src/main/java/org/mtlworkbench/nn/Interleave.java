package org.mtlworkbench.nn;

/**
 * Moves {@code m} consecutive rows of {@code size} values (one image each) to and from the
 * interleaved layout the convolution works in ({@link Im2Col}): value {@code e} of row {@code b}
 * at {@code e·m + b}. {@code m = 1} is a copy. Arrays are {@code float[]} or {@code double[]}
 * ({@link HostCopy}).
 */
final class Interleave {
  private Interleave() {}

  /** {@code dst[dstOff + e·m + b] = src[srcOff + b·size + e]} for {@code b < m, e < size}. */
  static void in(Object src, int srcOff, int size, int m, Object dst, int dstOff) {
    if (m == 1) {
      System.arraycopy(src, srcOff, dst, dstOff, size);
    } else if (src instanceof float[] s) {
      float[] d = (float[]) dst;
      for (int b = 0; b < m; b++) {
        int from = srcOff + b * size;
        for (int e = 0, to = dstOff + b; e < size; e++, to += m) {
          d[to] = s[from + e];
        }
      }
    } else {
      double[] s = (double[]) src;
      double[] d = (double[]) dst;
      for (int b = 0; b < m; b++) {
        int from = srcOff + b * size;
        for (int e = 0, to = dstOff + b; e < size; e++, to += m) {
          d[to] = s[from + e];
        }
      }
    }
  }

  /** The inverse of {@link #in}: {@code dst[dstOff + b·size + e] = src[srcOff + e·m + b]}. */
  static void out(Object src, int srcOff, int size, int m, Object dst, int dstOff) {
    if (m == 1) {
      System.arraycopy(src, srcOff, dst, dstOff, size);
    } else if (src instanceof float[] s) {
      float[] d = (float[]) dst;
      for (int b = 0; b < m; b++) {
        int to = dstOff + b * size;
        for (int e = 0, from = srcOff + b; e < size; e++, from += m) {
          d[to + e] = s[from];
        }
      }
    } else {
      double[] s = (double[]) src;
      double[] d = (double[]) dst;
      for (int b = 0; b < m; b++) {
        int to = dstOff + b * size;
        for (int e = 0, from = srcOff + b; e < size; e++, from += m) {
          d[to + e] = s[from];
        }
      }
    }
  }
}

package org.mtlworkbench.train;

/**
 * An append-only column of floats for one writer and any number of readers.
 *
 * <p>Values live in fixed-size chunks, so appending never copies what is stored; the writer
 * publishes a value by advancing the shared size (see {@link MetricsLog}), and a reader only reads
 * indices below a size it has read, which the Java memory model then guarantees are visible.
 */
final class FloatColumn {
  static final int CHUNK_BITS = 13;
  static final int CHUNK = 1 << CHUNK_BITS;
  private volatile float[][] chunks = new float[4][];

  /** Writer only: stores {@code value} at {@code index} (indices arrive in order). */
  void set(int index, float value) {
    int c = index >>> CHUNK_BITS;
    float[][] cs = chunks;
    if (c >= cs.length) {
      float[][] grown = java.util.Arrays.copyOf(cs, cs.length * 2);
      chunks = grown;
      cs = grown;
    }
    if (cs[c] == null) {
      cs[c] = new float[CHUNK];
    }
    cs[c][index & (CHUNK - 1)] = value;
  }

  /** Reader: the value at {@code index}, which must be below a published size. */
  float get(int index) {
    return chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
  }

  /** Reader: copies {@code [from, to)} into {@code dest} starting at 0. */
  void copy(int from, int to, float[] dest) {
    float[][] cs = chunks;
    int i = from;
    int d = 0;
    while (i < to) {
      int c = i >>> CHUNK_BITS;
      int off = i & (CHUNK - 1);
      int n = Math.min(CHUNK - off, to - i);
      System.arraycopy(cs[c], off, dest, d, n);
      i += n;
      d += n;
    }
  }
}

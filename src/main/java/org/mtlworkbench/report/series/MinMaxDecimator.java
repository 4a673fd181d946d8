package org.mtlworkbench.report.series;

/**
 * Min/max decimation per pixel column: of the points that fall into one pixel column of the
 * plot, only the smallest and the largest are drawn, in the order they occur. A line through the
 * result covers exactly the vertical extent the full series covers in every column, so a
 * one-step spike stays visible however long the run (the idea of M4, Jugel et al., "M4: A
 * Visualization-Oriented Time Series Data Aggregation", VLDB 2014, with two of its four points).
 *
 * <p>The series is indexed by step: point i has x = i, and falls into pixel column
 * floor((x − xLow) · s) with s = columns / (xHigh − xLow) (the last column also takes x = xHigh). NaN values (not computed at that step) are
 * skipped. The last point before and the first after the visible range are kept, so that lines
 * run on to the edge of a zoomed view.
 */
public final class MinMaxDecimator {
  private MinMaxDecimator() {}

  /**
   * Decimates {@code y[0..n)} for a plot showing x in {@code [xLow, xHigh]} on {@code columns}
   * pixel columns.
   *
   * @param out receives the points, in increasing x (cleared first)
   */
  public static void decimate(float[] y, int n, double xLow, double xHigh, int columns, Points out) {
    decimate(y, n, null, xLow, xHigh, columns, out);
  }

  /**
   * As {@link #decimate(float[], int, double, double, int, Points)}, with an index of block
   * extremes: a block whose first and last point fall into the same column is taken whole from
   * the index. The points chosen are the same (the column of each point is computed the same way,
   * and within a column the first smallest and first largest value win either way).
   *
   * @param index summaries of {@code y[0..n)}, or {@code null} to read every point
   */
  public static void decimate(float[] y, int n, MinMaxIndex index, double xLow, double xHigh, int columns, Points out) {
    out.clear();
    run(y, n, index, xLow, xHigh, columns, 0, out, new Resume());
  }

  /** Where a decimation can be taken up again once the series has grown. */
  static final class Resume {
    /** First index of the last pixel column that had points (it may still change). */
    int from;
    /** Points in the output before that column's (they are final). */
    int kept;
  }

  /**
   * Decimates from index {@code from} on (earlier columns are in {@code out} already), appending
   * to {@code out}, and says in {@code resume} where the next pass can start.
   */
  static void run(float[] y, int n, MinMaxIndex index, double xLow, double xHigh, int columns, int from,
      Points out, Resume resume) {
    resume.from = from;
    resume.kept = out.size();
    if (n == 0 || columns < 1 || !(xHigh >= xLow)) {
      return;
    }
    int first = (int) Math.max(0, Math.ceil(xLow));
    int last = (int) Math.min(n - 1, Math.floor(xHigh));
    if (from <= first) {
      addNearestBefore(y, Math.min(first, n), out);
      resume.kept = out.size();
    }
    Column c = new Column(y, xLow, xHigh > xLow ? columns / (xHigh - xLow) : 0, columns, out.size());
    int i = Math.max(first, from);
    if (index != null && index.size() >= n) {
      int block = MinMaxIndex.BLOCK;
      while (i <= last) {
        int b = i / block;
        int end = (b + 1) * block - 1;
        if (i == b * block && end <= last && c.of(i) == c.of(end)) {
          c.addBlock(i, c.of(i), index.minAt(b), index.maxAt(b), out);
          i = end + 1;
        } else {
          int stop = Math.min(last, end);
          for (; i <= stop; i++) {
            c.addPoint(i, out);
          }
        }
      }
    } else {
      for (; i <= last; i++) {
        c.addPoint(i, out);
      }
    }
    if (c.started >= 0) {
      resume.from = c.started;
      resume.kept = c.keptBefore;
    }
    c.flush(out);
    addNearestAfter(y, n, last, out);
  }

  /** The pixel column being filled: its first smallest and first largest point so far. */
  private static final class Column {
    private final float[] y;
    private final double xLow;
    private final double scale;
    private final int columns;
    private int column = -1;
    private int minAt = -1;
    private int maxAt = -1;
    /** First index that fell into the current column, or −1. */
    int started = -1;
    /** Output size before the current column's points. */
    int keptBefore;

    Column(float[] y, double xLow, double scale, int columns, int outSize) {
      this.y = y;
      this.xLow = xLow;
      this.scale = scale;
      this.columns = columns;
      this.keptBefore = outSize;
    }

    private void begin(int c, int at, int lo, int hi, Points out) {
      emit(y, minAt, maxAt, out);
      column = c;
      started = at;
      keptBefore = out.size();
      minAt = lo;
      maxAt = hi;
    }

    int of(int i) {
      return Math.min(columns - 1, (int) ((i - xLow) * scale));
    }

    void addPoint(int i, Points out) {
      float v = y[i];
      if (Float.isNaN(v)) {
        return;
      }
      int c = of(i);
      if (c != column || minAt < 0) {
        begin(c, i, i, i, out);
      } else if (v < y[minAt]) {
        minAt = i;
      } else if (v > y[maxAt]) {
        maxAt = i;
      }
    }

    void addBlock(int start, int c, int blockMin, int blockMax, Points out) {
      if (blockMin < 0) {
        return; // all NaN
      }
      if (c != column || minAt < 0) {
        begin(c, start, blockMin, blockMax, out);
        return;
      }
      if (y[blockMin] < y[minAt]) {
        minAt = blockMin;
      }
      if (y[blockMax] > y[maxAt]) {
        maxAt = blockMax;
      }
    }

    void flush(Points out) {
      emit(y, minAt, maxAt, out);
      minAt = -1;
    }
  }

  private static void emit(float[] y, int minAt, int maxAt, Points out) {
    if (minAt < 0) {
      return;
    }
    int a = Math.min(minAt, maxAt);
    int b = Math.max(minAt, maxAt);
    out.add(a, y[a]);
    if (b != a) {
      out.add(b, y[b]);
    }
  }

  private static void addNearestBefore(float[] y, int first, Points out) {
    for (int i = first - 1; i >= 0; i--) {
      if (!Float.isNaN(y[i])) {
        out.add(i, y[i]);
        return;
      }
    }
  }

  private static void addNearestAfter(float[] y, int n, int last, Points out) {
    for (int i = last + 1; i < n; i++) {
      if (!Float.isNaN(y[i])) {
        out.add(i, y[i]);
        return;
      }
    }
  }
}

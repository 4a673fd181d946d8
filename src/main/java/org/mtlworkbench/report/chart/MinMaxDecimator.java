package org.mtlworkbench.report.chart;

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
    out.clear();
    if (n == 0 || columns < 1 || !(xHigh >= xLow)) {
      return;
    }
    int first = (int) Math.max(0, Math.ceil(xLow));
    int last = (int) Math.min(n - 1, Math.floor(xHigh));
    addNearestBefore(y, first, out);
    double scale = xHigh > xLow ? columns / (xHigh - xLow) : 0;
    int column = -1;
    int minAt = -1;
    int maxAt = -1;
    for (int i = first; i <= last; i++) {
      float v = y[i];
      if (Float.isNaN(v)) {
        continue;
      }
      int c = Math.min(columns - 1, (int) ((i - xLow) * scale));
      if (c != column) {
        emit(y, minAt, maxAt, out);
        column = c;
        minAt = i;
        maxAt = i;
      } else if (v < y[minAt]) {
        minAt = i;
      } else if (v > y[maxAt]) {
        maxAt = i;
      }
    }
    emit(y, minAt, maxAt, out);
    addNearestAfter(y, n, last, out);
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

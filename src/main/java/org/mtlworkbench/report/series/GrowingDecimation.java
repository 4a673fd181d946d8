package org.mtlworkbench.report.series;

/**
 * {@link MinMaxDecimator} for a series that only grows, drawn over a fixed step range: the
 * points of pixel columns that can no longer change are kept, and each call decimates only from
 * the last column that had points on. A frame of a long run then costs in proportion to the steps
 * added since the last frame, not to the run's length.
 *
 * <p>The kept points are dropped whenever the range or the width changes, the series shrinks, or
 * {@link #invalidate} says its values were rewritten (smoothed again, another layer).
 */
public final class GrowingDecimation {
  private final Points points = new Points();
  private final MinMaxDecimator.Resume resume = new MinMaxDecimator.Resume();
  private double xLow = Double.NaN;
  private double xHigh = Double.NaN;
  private int columns = -1;
  private int seen;
  private boolean valid;

  public void invalidate() {
    valid = false;
  }

  /**
   * The decimated points of {@code y[0..n)} over x in {@code [low, high]} on {@code width}
   * columns: the same points {@link MinMaxDecimator#decimate} gives for the whole series.
   *
   * @param index summaries of {@code y}, as for {@link MinMaxDecimator}
   * @return this object's points (valid until the next call)
   */
  public Points decimate(float[] y, int n, MinMaxIndex index, double low, double high, int width) {
    int from;
    if (!valid || low != xLow || high != xHigh || width != columns || n < seen) {
      xLow = low;
      xHigh = high;
      columns = width;
      valid = true;
      points.clear();
      from = 0;
    } else {
      points.truncate(resume.kept);
      from = resume.from;
    }
    MinMaxDecimator.run(y, n, index, low, high, width, from, points, resume);
    seen = n;
    return points;
  }
}

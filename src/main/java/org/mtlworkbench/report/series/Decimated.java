package org.mtlworkbench.report.series;

/**
 * A stored series (steps and values at full resolution) reduced to what a chart of a given width
 * can show, by {@link MinMaxDecimator}: per pixel column the smallest and the largest value, so
 * spikes survive. The data files keep every point; only the drawing is reduced.
 */
public final class Decimated {
  private Decimated() {}

  /**
   * The points to draw of {@code values} at {@code steps} on {@code columns} pixel columns, x
   * being the step. Columns are taken over the index of the points, which for a run's evenly
   * spaced steps is the same as over the steps.
   */
  public static Points of(long[] steps, double[] values, int columns) {
    Points out = new Points();
    for (int at : indices(steps, values, columns)) {
      out.add(steps[at], values[at]);
    }
    return out;
  }

  /**
   * The indices of the points {@link #of} keeps (for series drawn with more than one value per
   * point): all non-NaN ones when there are at most two per column, else each column's extremes
   * and the last point.
   */
  public static int[] indices(long[] steps, double[] values, int columns) {
    int n = values.length;
    if (n <= 2 * columns) {
      return java.util.stream.IntStream.range(0, n).filter(i -> !Double.isNaN(values[i])).toArray();
    }
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      y[i] = (float) values[i];
    }
    Points byIndex = new Points();
    MinMaxDecimator.decimate(y, n, 0, n - 1, columns, byIndex);
    int last = n - 1;
    while (last >= 0 && Double.isNaN(values[last])) {
      last--;
    }
    int size = byIndex.size();
    // A column whose values are all equal keeps only its first point, so a flat end would stop
    // short of the last step: the last point is always kept.
    boolean addLast = last >= 0 && (size == 0 || (int) byIndex.x(size - 1) < last);
    int[] at = new int[size + (addLast ? 1 : 0)];
    for (int i = 0; i < size; i++) {
      at[i] = (int) byIndex.x(i);
    }
    if (addLast) {
      at[size] = last;
    }
    return at;
  }
}

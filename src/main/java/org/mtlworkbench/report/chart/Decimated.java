package org.mtlworkbench.report.chart;

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
    int n = values.length;
    Points out = new Points();
    if (n == 0) {
      return out;
    }
    if (n <= 2 * columns) {
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(values[i])) {
          out.add(steps[i], values[i]);
        }
      }
      return out;
    }
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      y[i] = (float) values[i];
    }
    Points byIndex = new Points();
    MinMaxDecimator.decimate(y, n, 0, n - 1, columns, byIndex);
    for (int i = 0; i < byIndex.size(); i++) {
      int at = (int) byIndex.x(i);
      out.add(steps[at], values[at]);
    }
    return out;
  }

  /** The indices of the points {@link #of} keeps (for series drawn with more than one value per point). */
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
    int[] at = new int[byIndex.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = (int) byIndex.x(i);
    }
    return at;
  }
}

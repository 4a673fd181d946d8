package org.mtlworkbench.diagnostics;

import java.util.Arrays;

/** Helpers on step series with gaps (NaN = not measured at that step). */
final class Series {
  private Series() {}

  /** The finite values, in order. */
  static double[] finite(double[] v) {
    return Arrays.stream(v).filter(Double::isFinite).toArray();
  }

  /** The columns of {@code series} where every row is finite, as rows of the same length. */
  static double[][] jointlyFinite(double[][] series) {
    int n = series[0].length;
    boolean[] keep = new boolean[n];
    int count = 0;
    for (int t = 0; t < n; t++) {
      boolean ok = true;
      for (double[] s : series) {
        ok &= Double.isFinite(s[t]);
      }
      keep[t] = ok;
      count += ok ? 1 : 0;
    }
    double[][] out = new double[series.length][count];
    int c = 0;
    for (int t = 0; t < n; t++) {
      if (keep[t]) {
        for (int r = 0; r < series.length; r++) {
          out[r][c] = series[r][t];
        }
        c++;
      }
    }
    return out;
  }
}

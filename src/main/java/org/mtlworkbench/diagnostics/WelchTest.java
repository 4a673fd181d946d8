package org.mtlworkbench.diagnostics;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * Welch's two-sample t-test (unequal variances; Welch 1947), two-sided: is the difference between
 * the means of two small samples — a metric over seeds with and without the other tasks — larger
 * than their seed-to-seed noise?
 *
 * <pre>t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂),
 * ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))</pre>
 *
 * <p>The p-value comes from commons-math3's {@code TTest} (already on the classpath through the
 * numerics library). Degenerate cases it leaves undefined are decided here: fewer than two values
 * in a sample gives NaN (no test possible); two samples without any spread give p = 1 when their
 * means are equal and p = 0 when they differ (the difference is then certain, not noise).
 */
public final class WelchTest {
  private WelchTest() {}

  /** Two-sided p-value; NaN values in the samples are left out. */
  public static double pValue(double[] a, double[] b) {
    double[] x = finite(a);
    double[] y = finite(b);
    if (x.length < 2 || y.length < 2) {
      return Double.NaN;
    }
    MeanStd mx = MeanStd.of(x);
    MeanStd my = MeanStd.of(y);
    if (mx.std() == 0 && my.std() == 0) {
      return mx.mean() == my.mean() ? 1.0 : 0.0;
    }
    return new TTest().tTest(x, y);
  }

  /** The t statistic (NaN when either sample has fewer than two values). */
  public static double t(double[] a, double[] b) {
    double[] x = finite(a);
    double[] y = finite(b);
    if (x.length < 2 || y.length < 2) {
      return Double.NaN;
    }
    return new TTest().t(x, y);
  }

  private static double[] finite(double[] v) {
    return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
  }
}

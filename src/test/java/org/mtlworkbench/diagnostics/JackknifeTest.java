package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The batch jackknife against a direct leave-one-batch-out loop written here, and against batch means. */
class JackknifeTest {

  @Test
  void aRatioOfMeansMatchesADirectLeaveOneBatchOutLoop() {
    Random rng = new Random(5);
    int n = 410; // m = 20, b = 20, the first 10 values left out
    double[] x = new double[n];
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = 0.3 + 0.5 * rng.nextGaussian() + 0.001 * t;
      y[t] = 1.0 + 0.4 * rng.nextGaussian();
    }
    x[17] = Double.NaN; // a step where one series is undefined is left out of both
    Estimate e = Jackknife.of(new double[][] {x, y}, m -> m[0] / m[1], 10, 10, 0.9);

    // second implementation: drop the NaN step, batch by hand, delete each batch in turn
    double[] xs = new double[n - 1];
    double[] ys = new double[n - 1];
    for (int t = 0, c = 0; t < n; t++) {
      if (t != 17) {
        xs[c] = x[t];
        ys[c++] = y[t];
      }
    }
    int m = 20;
    int b = 20;
    int skip = xs.length - b * m;
    double sx = 0;
    double sy = 0;
    for (int t = skip; t < xs.length; t++) {
      sx += xs[t];
      sy += ys[t];
    }
    double full = sx / sy;
    double[] pseudo = new double[b];
    double mean = 0;
    for (int k = 0; k < b; k++) {
      double bx = 0;
      double by = 0;
      for (int t = skip + k * m; t < skip + (k + 1) * m; t++) {
        bx += xs[t];
        by += ys[t];
      }
      pseudo[k] = (sx - bx) / (sy - by);
      mean += pseudo[k] / b;
    }
    double ss = 0;
    for (double p : pseudo) {
      ss += (p - mean) * (p - mean);
    }
    double half = new TDistribution(null, b - 1).inverseCumulativeProbability(0.95) * Math.sqrt((b - 1.0) / b * ss);
    assertThat(e.steps()).isEqualTo(n - 1);
    assertThat(e.batches()).isEqualTo(b);
    assertThat(e.value()).isCloseTo(full, within(1e-12));
    assertThat(e.halfWidth()).isCloseTo(half, within(1e-12));
  }

  @Test
  void forAPlainMeanTheJackknifeIntervalIsTheBatchMeansInterval() {
    Random rng = new Random(9);
    double[] x = new double[300];
    for (int t = 0; t < x.length; t++) {
      x[t] = rng.nextGaussian();
    }
    Estimate j = Jackknife.of(new double[][] {x}, m -> m[0], 10, 10, 0.95);
    Estimate b = BatchMeans.mean(x, 10, 10, 0.95);
    assertThat(j.value()).isCloseTo(b.value(), within(1e-12));
    assertThat(j.low()).isCloseTo(b.low(), within(1e-12));
    assertThat(j.high()).isCloseTo(b.high(), within(1e-12));
  }

  @Test
  void anUndefinedStatisticOrTooFewStepsGiveNoInterval() {
    double[] x = new double[200];
    double[] zero = new double[200];
    java.util.Arrays.fill(x, 1);
    java.util.function.ToDoubleFunction<double[]> ratio = m -> m[1] > 0 ? m[0] / m[1] : Double.NaN;
    assertThat(Jackknife.of(new double[][] {x, zero}, ratio, 10, 10, 0.95).defined()).isFalse();
    assertThat(Jackknife.of(new double[][] {x, zero}, ratio, 10, 10, 0.95).tooFewSteps()).isFalse();
    Estimate few = Jackknife.of(new double[][] {new double[50], new double[50]}, ratio, 10, 10, 0.95);
    assertThat(few.tooFewSteps()).isTrue();
    assertThat(few.needed()).isEqualTo(100);
  }
}

package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Batch means against a hand-worked example and against the known variance of an AR(1) series. */
class BatchMeansTest {

  @Test
  void aHandWorkedSeries() {
    double[] v = new double[20];
    for (int i = 0; i < 20; i++) {
      v[i] = i + 1;
    }
    // m = max(5, ⌊√20⌋ = 4) = 5, b = 4: batch means 3, 8, 13, 18; mean 10.5;
    // s² = (7.5² + 2.5² + 2.5² + 7.5²)/3 = 125/3; se = √(125/3 / 4); half = t_{3, 0.975}·se
    Estimate e = BatchMeans.mean(v, 5, 2, 0.95);
    double half = 3.182446305284263 * Math.sqrt(125.0 / 3 / 4);
    assertThat(e.value()).isEqualTo(10.5);
    assertThat(e.batches()).isEqualTo(4);
    assertThat(e.batchSize()).isEqualTo(5);
    assertThat(e.steps()).isEqualTo(20);
    // (commons-math's t quantile is accurate to about 1e-9)
    assertThat(e.low()).isCloseTo(10.5 - half, within(1e-7));
    assertThat(e.high()).isCloseTo(10.5 + half, within(1e-7));
  }

  @Test
  void theOldestValuesThatDoNotFillABatchAreLeftOutAndNaNIsSkipped() {
    // 23 finite values (and two NaN): m = 5, b = 4, the first 3 values are left out
    double[] v = new double[25];
    int f = 0;
    for (int i = 0; i < 25; i++) {
      v[i] = i == 4 || i == 10 ? Double.NaN : 100 + (f++);
    }
    Estimate e = BatchMeans.mean(v, 5, 2, 0.95);
    assertThat(e.steps()).isEqualTo(23);
    assertThat(e.batches()).isEqualTo(4);
    // the values used are 103..122, whose mean is 112.5
    assertThat(e.value()).isCloseTo(112.5, within(1e-12));
  }

  @Test
  void tooFewValuesGiveNoEstimateAndSayHowManyAreNeeded() {
    Estimate e = BatchMeans.mean(new double[99], 10, 10, 0.95);
    assertThat(e.defined()).isFalse();
    assertThat(e.tooFewSteps()).isTrue();
    assertThat(e.steps()).isEqualTo(99);
    assertThat(e.needed()).isEqualTo(100);
    assertThat(BatchMeans.mean(new double[100], 10, 10, 0.95).defined()).isTrue();
    assertThat(BatchMeans.needed(10, 10)).isEqualTo(100);
    // 20 batches need m ≥ ⌊√n⌋ with n ≥ 20·m: m = 18, n = 360 (⌊√360⌋ = 18, 360/18 = 20); 359 gives 19 batches
    assertThat(BatchMeans.needed(10, 20)).isEqualTo(360);
  }

  /**
   * x_t = φ·x_{t−1} + ε_t with φ = 0.8: the batch means' spread matches the exact variance of an
   * m-step mean, Var = σ_x²/m² · (m + 2 Σ_{h=1}^{m−1} (m − h) φ^h), σ_x² = 1/(1 − φ²); the intervals
   * cover the true mean 0 about 95% of the time, while intervals that treat the steps as
   * independent cover it only about half the time.
   */
  @Test
  void onAnAutocorrelatedSeriesTheIntervalHasItsNominalCoverage() {
    double phi = 0.8;
    int n = 2500; // m = 50, b = 50
    int reps = 400;
    Random rng = new Random(11);
    int covered = 0;
    int naiveCovered = 0;
    double sumBatchVariance = 0;
    int m = 50;
    double exact = m;
    for (int h = 1; h < m; h++) {
      exact += 2 * (m - h) * Math.pow(phi, h);
    }
    exact = exact / (1 - phi * phi) / ((double) m * m);
    double naiveT = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    for (int r = 0; r < reps; r++) {
      double[] x = new double[n];
      double prev = rng.nextGaussian() / Math.sqrt(1 - phi * phi);
      for (int t = 0; t < n; t++) {
        prev = phi * prev + rng.nextGaussian();
        x[t] = prev;
      }
      Estimate e = BatchMeans.mean(x, 10, 10, 0.95);
      assertThat(e.batchSize()).isEqualTo(m);
      covered += e.low() < 0 && e.high() > 0 ? 1 : 0;
      // the batch means' sample variance, recovered from the half-width
      double se = e.halfWidth() / new TDistribution(null, e.batches() - 1).inverseCumulativeProbability(0.975);
      sumBatchVariance += se * se * e.batches();
      double mean = 0;
      for (double v : x) {
        mean += v;
      }
      mean /= n;
      double ss = 0;
      for (double v : x) {
        ss += (v - mean) * (v - mean);
      }
      double naiveHalf = naiveT * Math.sqrt(ss / (n - 1) / n);
      naiveCovered += Math.abs(mean) < naiveHalf ? 1 : 0;
    }
    assertThat(sumBatchVariance / reps).isCloseTo(exact, within(0.1 * exact));
    assertThat((double) covered / reps).isBetween(0.91, 0.985);
    assertThat((double) naiveCovered / reps).isLessThan(0.65);
  }
}

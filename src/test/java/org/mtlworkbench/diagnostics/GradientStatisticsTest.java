package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** Each gradient statistic on hand-made windows, checked by hand or by a second implementation here. */
class GradientStatisticsTest {
  private static final FindingSettings S = FindingSettings.DEFAULTS;

  @Test
  void imbalanceIsTheRatioOfGeometricMeansOfTheMostDifferentPair() {
    Windows w = new Windows(3, 400);
    Random rng = new Random(3);
    double sumLog = 0;
    for (int t = 0; t < w.n; t++) {
      w.norms[0][t] = 0.5;
      w.norms[1][t] = 2;
      w.norms[2][t] = 1000 * Math.exp(0.3 * rng.nextGaussian());
      sumLog += Math.log(w.norms[2][t] / 0.5);
    }
    w.norms[0][7] = 0; // a batch without y1's labels: that step does not count for y1
    sumLog -= Math.log(w.norms[2][7] / 0.5);
    GradientStatistics.Imbalance im = GradientStatistics.imbalance(w.window(), false, S);
    assertThat(im.top()).isEqualTo(2);
    assertThat(im.bottom()).isEqualTo(0);
    assertThat(im.ratio().steps()).isEqualTo(399);
    // 399 steps: m = 19, b = 21, the first 0 left out; every used step is a whole batch
    assertThat(im.ratio().value()).isCloseTo(Math.exp(sumLog / 399), within(1e-9 * im.ratio().value()));
    assertThat(im.ratio().low()).isLessThan(im.ratio().value());
    // the weighted ratio with weights 1, 1, 0.001: y2 over y1 (4×) now beats y3 over y1 (~2×)
    for (int t = 0; t < w.n; t++) {
      w.weights[2][t] = 0.001;
    }
    GradientStatistics.Imbalance weighted = GradientStatistics.imbalance(w.window(), true, S);
    assertThat(weighted.top()).isEqualTo(1);
    assertThat(weighted.ratio().value()).isCloseTo(4.0, within(1e-9));
  }

  @Test
  void theDenoisedCosineIsTheRatioOfWindowMeansAndNeedsSignal() {
    Random rng = new Random(4);
    Windows w = new Windows(2, 500).self(0, 0.4, 0.1, rng).self(1, 0.1, 0.1, rng).lagged(0, 1, -0.1, 0.1, rng);
    Estimate rho = GradientStatistics.trueCosine(w.window(), 0, 1, S);
    // second implementation: the last 484 steps (m = 22, b = 22), means of the three series
    double l = 0;
    double a = 0;
    double b = 0;
    for (int t = 500 - 484; t < 500; t++) {
      l += w.lagged[0][1][t];
      a += w.self[0][t];
      b += w.self[1][t];
    }
    assertThat(rho.value()).isCloseTo(l / Math.sqrt(a * b), within(1e-12));
    assertThat(rho.value()).isCloseTo(-0.5, within(0.1));
    assertThat(rho.below(0)).isTrue();
    // y2's gradient as pure noise (self-agreement around 0): the cosine cannot be estimated
    Windows noisy = new Windows(2, 500).self(0, 0.4, 0.1, rng).self(1, 0.0, 0.1, rng).lagged(0, 1, -0.1, 0.1, rng);
    Estimate undefined = GradientStatistics.trueCosine(noisy.window(), 0, 1, S);
    assertThat(undefined.defined()).isFalse();
    assertThat(undefined.tooFewSteps()).isFalse();
  }

  @Test
  void theConflictShareAndTheHarmShareCountNegativeSteps() {
    Windows w = new Windows(2, 400); // m = 20, b = 20: every step counts
    for (int t = 0; t < w.n; t++) {
      w.cosines[0][1][t] = t % 4 == 0 ? -0.1 : 0.2; // 25% negative
      w.update[1][t] = t % 5 == 0 ? -0.3 : 0.4; // 20% negative
    }
    assertThat(GradientStatistics.conflictShare(w.window(), 0, 1, S).value()).isCloseTo(0.25, within(1e-12));
    assertThat(GradientStatistics.cosine(w.window(), 1, 0, S).value()).isCloseTo(0.25 * -0.1 + 0.75 * 0.2, within(1e-12));
    assertThat(GradientStatistics.harmShare(w.window(), 1, S).value()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void theLossChangeIsTheFittedFactorOverTheWindow() {
    // batch-aligned: 400 steps, m = 20, b = 20; the loss is exp(0.05·j) on batch j → factor exp(0.05·19)
    Windows w = new Windows(1, 400);
    for (int t = 0; t < w.n; t++) {
      w.losses[0][t] = Math.exp(0.05 * (t / 20));
    }
    Estimate e = GradientStatistics.lossChange(w.window(), 0, S, 0.95);
    assertThat(e.value()).isCloseTo(Math.exp(0.05 * 19), within(1e-9));
    assertThat(e.halfWidth()).isCloseTo(0.0, within(1e-9));
    // noisy losses: the same line and interval as commons-math's regression on the log batch means
    Random rng = new Random(8);
    for (int t = 0; t < w.n; t++) {
      w.losses[0][t] = Math.exp(-0.01 * (t / 20)) * (1 + 0.3 * rng.nextDouble());
    }
    Estimate noisy = GradientStatistics.lossChange(w.window(), 0, S, 0.9);
    SimpleRegression r = new SimpleRegression();
    for (int j = 0; j < 20; j++) {
      double s = 0;
      for (int t = 20 * j; t < 20 * (j + 1); t++) {
        s += w.losses[0][t];
      }
      r.addData(j, Math.log(s / 20));
    }
    double half = new TDistribution(null, 18).inverseCumulativeProbability(0.95) * r.getSlopeStdErr();
    assertThat(noisy.value()).isCloseTo(Math.exp(19 * r.getSlope()), within(1e-9));
    assertThat(noisy.low()).isCloseTo(Math.exp(19 * (r.getSlope() - half)), within(1e-9));
    assertThat(noisy.high()).isCloseTo(Math.exp(19 * (r.getSlope() + half)), within(1e-9));
  }

  @Test
  void stepsWithoutLabelsAndUnmeasuredStepsDoNotCount() {
    Windows w = new Windows(2, 150);
    for (int t = 0; t < 60; t++) {
      w.norms[1][t] = 0; // y2 had no labelled row in these batches
      w.self[1][t] = 0.9;
    }
    w.self[0][3] = Double.NaN;
    assertThat(GradientStatistics.labelledSteps(w.window(), 1)).isEqualTo(90);
    assertThat(GradientStatistics.selfAgreement(w.window(), 1, S).tooFewSteps()).isTrue();
    assertThat(GradientStatistics.selfAgreement(w.window(), 1, S).steps()).isEqualTo(90);
    assertThat(GradientStatistics.selfAgreement(w.window(), 0, S).steps()).isEqualTo(149);
    assertThat(GradientStatistics.selfAgreement(w.window(), 0, S).value()).isCloseTo(0.3, within(1e-12));
  }
}

package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Δ_k, mean ± std and Welch's test against values worked out by hand or by an independent implementation. */
class TransferStatisticsTest {

  @Test
  void deltaIsPositiveWhenTheMultiTaskModelIsBetter() {
    // accuracy (higher is better): (0.812 − 0.845) / 0.845 = −0.039053
    assertThat(RelativeDelta.of(0.812, 0.845, true)).isCloseTo(-0.0390533, within(1e-6));
    // mse (lower is better): MTL 0.9 vs STL 1.2 → −(0.9 − 1.2)/1.2 = +0.25
    assertThat(RelativeDelta.of(0.9, 1.2, false)).isCloseTo(0.25, within(1e-12));
    assertThat(RelativeDelta.of(1.5, 1.2, false)).isCloseTo(-0.25, within(1e-12));
    // R² may be negative: dividing by |M_stl| keeps "positive = MTL better": (−0.1 − (−0.2)) / 0.2 = +0.5
    assertThat(RelativeDelta.of(-0.1, -0.2, true)).isCloseTo(0.5, within(1e-12));
    assertThat(RelativeDelta.of(1, 0, false)).isNaN();
    assertThat(RelativeDelta.of(Double.NaN, 1, false)).isNaN();
  }

  @Test
  void meanAndSampleStandardDeviation() {
    // {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, Σ(x−5)² = 32, s = √(32/7) = 2.13809
    MeanStd m = MeanStd.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
    assertThat(m.mean()).isEqualTo(5.0);
    assertThat(m.std()).isCloseTo(2.1380899, within(1e-6));
    assertThat(m.n()).isEqualTo(8);
    assertThat(MeanStd.of(new double[] {3, Double.NaN}).std()).isNaN();
    assertThat(MeanStd.of(new double[] {3, Double.NaN}).mean()).isEqualTo(3.0);
    assertThat(MeanStd.of(new double[0]).mean()).isNaN();
  }

  @Test
  void welchMatchesTheFormulaAndAnIndependentImplementation() {
    // a = {1,2,3,4}: mean 2.5, s² = 5/3; b = {2,4,6,8,10}: mean 6, s² = 10.
    // t = (2.5 − 6) / √(5/12 + 2) = −3.5 / 1.554563 = −2.251436
    // ν = (29/12)² / ((5/12)²/3 + 2²/4) = 5.840278 / 1.057870 = 5.520788
    // p (two-sided, t with ν = 5.52 dof): scipy.stats.ttest_ind(a, b, equal_var=False) gives 0.0691336
    double[] a = {1, 2, 3, 4};
    double[] b = {2, 4, 6, 8, 10};
    assertThat(WelchTest.t(a, b)).isCloseTo(-2.251436, within(1e-6));
    assertThat(WelchTest.pValue(a, b)).isCloseTo(0.0691336, within(1e-6));
    assertThat(WelchTest.pValue(b, a)).isCloseTo(0.0691336, within(1e-6));
    // scipy: 0.81,0.80,0.82,0.79,0.81 vs 0.845,0.85,0.84,0.848,0.842 → t = −7.192683, p = 0.000789685
    double[] mtl = {0.81, 0.80, 0.82, 0.79, 0.81};
    double[] stl = {0.845, 0.85, 0.84, 0.848, 0.842};
    assertThat(WelchTest.t(mtl, stl)).isCloseTo(-7.192683, within(1e-5));
    assertThat(WelchTest.pValue(mtl, stl)).isCloseTo(0.000789685, within(1e-8));
  }

  @Test
  void welchDegenerateCases() {
    assertThat(WelchTest.pValue(new double[] {1}, new double[] {2, 3})).isNaN();
    assertThat(WelchTest.pValue(new double[] {1, 1}, new double[] {2, 2})).isEqualTo(0.0);
    assertThat(WelchTest.pValue(new double[] {1, 1}, new double[] {1, 1})).isEqualTo(1.0);
  }

  @Test
  void verdictNeedsTheDifferenceToExceedTheSeedNoise() {
    // accuracy over 5 seeds, clearly worse with the others (p = 0.00079 above)
    TaskTransfer worse = TransferAnalysis.analyse("c", "accuracy", true,
        new double[] {0.81, 0.80, 0.82, 0.79, 0.81}, new double[] {0.845, 0.85, 0.84, 0.848, 0.842}, 0.05);
    assertThat(worse.verdict()).isEqualTo(TransferVerdict.NEGATIVE_TRANSFER);
    // per-seed Δ: (0.81−0.845)/0.845 = −0.041420, (0.80−0.85)/0.85 = −0.058824, (0.82−0.84)/0.84 = −0.023810,
    // (0.79−0.848)/0.848 = −0.068396, (0.81−0.842)/0.842 = −0.038005; mean −0.046091
    assertThat(worse.delta()[1]).isCloseTo(-0.0588235, within(1e-6));
    assertThat(worse.deltaStats().mean()).isCloseTo(-0.046091, within(1e-5));
    assertThat(worse.mtlStats().mean()).isCloseTo(0.806, within(1e-12));

    // mse: the same numbers mean MTL has the lower error → positive transfer
    TaskTransfer better = TransferAnalysis.analyse("c", "mse", false,
        new double[] {0.81, 0.80, 0.82, 0.79, 0.81}, new double[] {0.845, 0.85, 0.84, 0.848, 0.842}, 0.05);
    assertThat(better.verdict()).isEqualTo(TransferVerdict.POSITIVE_TRANSFER);
    assertThat(better.deltaStats().mean()).isPositive();

    // mean Δ negative but p = 0.069 > 0.05: not flagged
    TaskTransfer noisy = TransferAnalysis.analyse("c", "accuracy", true, new double[] {1, 2, 3, 4, Double.NaN},
        new double[] {2, 4, 6, 8, 10}, 0.05);
    assertThat(noisy.deltaStats().mean()).isNegative();
    assertThat(noisy.verdict()).isEqualTo(TransferVerdict.NO_SIGNIFICANT_DIFFERENCE);

    TaskTransfer one = TransferAnalysis.analyse("c", "mse", false, new double[] {1.0}, new double[] {2.0}, 0.05);
    assertThat(one.verdict()).isEqualTo(TransferVerdict.NOT_TESTED);
    assertThat(one.delta()[0]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void deltaMIsTheMeanOverTasksSeedBySeed() {
    TaskTransfer a = TransferAnalysis.analyse("a", "mse", false, new double[] {0.9, 1.0}, new double[] {1.0, 1.0}, 0.05);
    TaskTransfer b = TransferAnalysis.analyse("b", "accuracy", true, new double[] {0.5, 0.6}, new double[] {0.5, 0.5}, 0.05);
    // seed 1: Δa = +0.1, Δb = 0 → 0.05; seed 2: Δa = 0, Δb = +0.2 → 0.1
    double[] m = TransferAnalysis.deltaM(List.of(a, b));
    assertThat(m[0]).isCloseTo(0.05, within(1e-12));
    assertThat(m[1]).isCloseTo(0.1, within(1e-12));
  }
}

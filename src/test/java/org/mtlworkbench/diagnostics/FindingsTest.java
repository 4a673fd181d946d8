package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The finding rules on hand-made windows and comparisons whose answers are known. */
class FindingsTest {
  private static final FindingSettings S = FindingSettings.DEFAULTS;

  private static GradientWindow window(int n, double[][] norms, double[][][] cosines) {
    double[][] ones = new double[3][n];
    for (double[] row : ones) {
      java.util.Arrays.fill(row, 1.0);
    }
    return window(n, norms, ones, cosines);
  }

  private static GradientWindow window(int n, double[][] norms, double[][] weights, double[][][] cosines) {
    long[] steps = new long[n];
    for (int t = 0; t < n; t++) {
      steps[t] = 10L * t;
    }
    return new GradientWindow(List.of("y1", "y2", "y3"), steps, norms, weights, cosines);
  }

  @Test
  void theDominantTaskIsNamedWithTheMedianRatioOverTheLastWindow() {
    int n = 300;
    double[][] norms = new double[3][n];
    for (int t = 0; t < n; t++) {
      // the first 100 steps (outside the 200-step window) are balanced; then y3 is 2800× y1 except
      // on every 4th step where it is only 100× (the median ignores those)
      boolean inWindow = t >= 100;
      norms[0][t] = 0.5;
      norms[1][t] = inWindow ? 5.0 : 0.5;
      norms[2][t] = inWindow ? (t % 4 == 0 ? 50.0 : 1400.0) : 0.5;
    }
    norms[0][150] = 0; // a batch without y1 labels: that step's smallest is y2
    Finding f = GradientFindings.imbalance(window(n, norms, new double[3][3][n]), S).orElseThrow();
    assertThat(f.kind()).isEqualTo(Finding.IMBALANCE);
    assertThat(f.tasks()).containsExactly("y3", "y1");
    assertThat(f.evidence().get("medianRatio")).isCloseTo(2800.0, within(1e-9));
    assertThat(f.evidence().get("steps")).isEqualTo(200.0);
    assertThat(f.evidence().get("fromStep")).isEqualTo(1000.0);
    assertThat(f.sentence()).isEqualTo(
        "task 'y3' dominates the shared layers: its gradient is 2800× that of 'y1', the smallest (median of the last 200 measured steps)");
  }

  @Test
  void weightsThatEvenOutTheGradientsTurnTheFindingIntoACompensatedOne() {
    int n = 50;
    double[][] norms = new double[3][n];
    double[][] weights = new double[3][n];
    for (int t = 0; t < n; t++) {
      norms[0][t] = 1;
      norms[1][t] = 10;
      norms[2][t] = 100;
      // like 1/σ loss weights: weighted gradients 1, 2, 4
      weights[0][t] = 1;
      weights[1][t] = 0.2;
      weights[2][t] = 0.04;
    }
    Finding f = GradientFindings.imbalance(window(n, norms, weights, new double[3][3][n]), S).orElseThrow();
    assertThat(f.kind()).isEqualTo(Finding.IMBALANCE_COMPENSATED);
    assertThat(f.evidence().get("unweightedMedianRatio")).isCloseTo(100.0, within(1e-9));
    assertThat(f.evidence().get("medianRatio")).isCloseTo(4.0, within(1e-9));
    assertThat(f.sentence()).isEqualTo("task 'y3''s gradient is 100× that of 'y1', and the strategy's weights bring the largest"
        + " ratio down to 4× (median of the last 50 measured steps)");
    // weights that make it worse: the weighted ratio decides, and says so
    for (int t = 0; t < n; t++) {
      weights[2][t] = 5;
    }
    Finding worse = GradientFindings.imbalance(window(n, norms, weights, new double[3][3][n]), S).orElseThrow();
    assertThat(worse.kind()).isEqualTo(Finding.IMBALANCE);
    assertThat(worse.sentence()).startsWith("task 'y3' dominates the shared layers: its weighted gradient is 500× that of 'y1'");
  }

  @Test
  void noImbalanceBelowTheThresholdOrWithTooFewSteps() {
    int n = 100;
    double[][] norms = new double[3][n];
    for (int t = 0; t < n; t++) {
      norms[0][t] = 1;
      norms[1][t] = 2;
      norms[2][t] = 9.9;
    }
    assertThat(GradientFindings.imbalance(window(n, norms, new double[3][3][n]), S)).isEmpty();
    double[][] few = {{1, 1}, {50, 50}, {1, 1}};
    assertThat(GradientFindings.imbalance(window(2, few, new double[3][3][2]), S)).isEmpty();
    // with n = 20 = minSteps the same gradients are reported
    double[][] enough = new double[3][20];
    for (int t = 0; t < 20; t++) {
      enough[0][t] = 1;
      enough[1][t] = 50;
      enough[2][t] = 1;
    }
    assertThat(GradientFindings.imbalance(window(20, enough, new double[3][3][20]), S)).isPresent();
  }

  @Test
  void conflictIsTheShareOfStepsWithANegativeCosine() {
    int n = 600;
    double[][][] cos = new double[3][3][n];
    for (int t = 0; t < n; t++) {
      // last 500 steps: y1/y2 negative in 305 of them (61%); the 100 before are all negative
      // but outside the window. y2/y3 always positive. y1/y3 zero (a zero gradient) except 30 negative steps.
      cos[0][1][t] = t < 100 || (t - 100) < 305 ? -0.2 : 0.3;
      cos[1][2][t] = 0.5;
      cos[0][2][t] = t >= 570 ? -0.1 : 0.0;
    }
    List<Finding> f = GradientFindings.conflicts(window(n, new double[3][n], cos), S);
    assertThat(f).hasSize(2);
    // y1/y3: 30 of 30 counted steps negative (100%), sorted first
    assertThat(f.get(0).tasks()).containsExactly("y1", "y3");
    assertThat(f.get(0).evidence().get("steps")).isEqualTo(30.0);
    assertThat(f.get(1).tasks()).containsExactly("y1", "y2");
    assertThat(f.get(1).evidence().get("fraction")).isCloseTo(0.61, within(1e-12));
    // mean cosine: (305·(−0.2) + 195·0.3) / 500 = (−61 + 58.5) / 500 = −0.005
    assertThat(f.get(1).evidence().get("meanCosine")).isCloseTo(-0.005, within(1e-12));
    assertThat(f.get(1).sentence()).isEqualTo(
        "tasks 'y1' and 'y2' conflict in 61% of the last 500 measured steps (mean cosine of their gradients −0.005)");
  }

  @Test
  void transferSentencesCarryTheirNumbers() {
    TaskTransfer worse = TransferAnalysis.analyse("c", "accuracy", true,
        new double[] {0.81, 0.80, 0.82, 0.79, 0.81}, new double[] {0.845, 0.85, 0.84, 0.848, 0.842}, 0.05);
    TaskTransfer same = TransferAnalysis.analyse("d", "mse", false, new double[] {1, 2, 3, 4, 5},
        new double[] {2, 4, 6, 8, 10}, 0.05);
    List<Finding> f = TransferFindings.of(List.of(worse, same), "test", 0.05);
    assertThat(f).extracting(Finding::kind)
        .containsExactly(Finding.NEGATIVE_TRANSFER, Finding.NO_SIGNIFICANT_DIFFERENCE, Finding.TRANSFER_OVERALL);
    // mean 0.806 vs 0.845; Δ mean −4.6% (worked out in TransferStatisticsTest); p = 0.00079
    assertThat(f.get(0).sentence()).startsWith(
        "task 'c' is worse than alone on the test split: 0.806 vs 0.845 accuracy alone (Δ −4.6% ± ")
        .endsWith(", 5 seeds; Welch p = 0.00079)");
    assertThat(f.get(0).evidence()).containsKeys("mtlMean", "stlMean", "deltaMean", "deltaStd", "pValue", "seeds");
    assertThat(f.get(1).sentence()).contains("no significant difference").contains("3 vs 6 mse alone");
    // Δm per seed: mean of Δc and Δd (Δd = +0.5 on every seed)
    assertThat(f.get(2).evidence().get("deltaMMean")).isCloseTo((worse.deltaStats().mean() + 0.5) / 2, within(1e-12));

    TaskTransfer one = TransferAnalysis.analyse("e", "mse", false, new double[] {1.1}, new double[] {1.0}, 0.05);
    Finding single = TransferFindings.of(List.of(one), "test", 0.05).get(0);
    assertThat(single.kind()).isEqualTo(Finding.TRANSFER_ONE_SEED);
    assertThat(single.sentence()).isEqualTo(
        "task 'e' is worse than alone on the test split on one seed: 1.1 vs 1 mse alone (Δ −10.0%); not tested against seed noise: use two or more seeds");
    assertThat(single.evidence()).doesNotContainKey("pValue");
  }

  @Test
  void affinityFindingsNameHarmfulPairsAndTheBestGroups() {
    double[][] z = {
      {0.5, 0.3, 0.1},
      {0.2, 0.5, -0.4},
      {-0.1, 0.6, 0.5},
    };
    List<Finding> f = AffinityFindings.of(List.of("a", "b", "c"), z, 12, S);
    // Z_{b→c} = −0.4 is below −0.25 · Z_{c→c} = −0.125: flagged, 0.4 / 0.5 = 0.8× of c's own gain.
    // Z_{c→a} = −0.1 is above −0.25 · 0.5 = −0.125: too small to flag.
    assertThat(f).extracting(Finding::kind).containsExactly(Finding.AFFINITY_HURTS, Finding.AFFINITY_GROUPING);
    assertThat(f.get(0).tasks()).containsExactly("b", "c");
    assertThat(f.get(0).sentence()).isEqualTo(
        "a step on task 'b' alone raises the loss of task 'c' on the same batch: Z = −0.4, 0.8× what a step on 'c' itself"
            + " gains (mean of 12 measurements)");
    // {a, b} | {c}: onto a 0.2, onto b 0.3, c alone 0 → 0.5; all together: onto a (0.2 − 0.1)/2 = 0.05,
    // onto b (0.3 + 0.6)/2 = 0.45, onto c (0.1 − 0.4)/2 = −0.15 → 0.35; {a, c} | {b}: −0.1 + 0.1 = 0; {a} | {b, c}: 0.6 − 0.4 = 0.2
    assertThat(f.get(1).sentence()).startsWith("by lookahead affinity the best split into 2 groups is {'a', 'b'} | {'c'} (score 0.5");
    assertThat(f.get(1).evidence().get("allTogetherScore")).isCloseTo(0.35, within(1e-12));
    assertThat(AffinityFindings.of(List.of("a", "b", "c"), z, 0, S)).isEmpty();
  }
}

package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The transfer and affinity finding rules on comparisons whose answers are known (gradient findings: GradientFindingsTest). */
class FindingsTest {
  private static final FindingSettings S = FindingSettings.DEFAULTS;

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

package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The gradient finding rules and their sentences on hand-made windows whose answers are known. */
class GradientFindingsTest {
  private static final FindingSettings S = FindingSettings.DEFAULTS;

  private static List<Finding> of(Windows w, String kind) {
    return GradientFindings.of(w.window(), S).stream().filter(f -> f.kind().equals(kind)).toList();
  }

  @Test
  void aConflictBeyondNoiseIsClaimedWithItsEvidence() {
    Random rng = new Random(1);
    Windows w = new Windows(2, 500).self(0, 0.4, 0.05, rng).self(1, 0.4, 0.05, rng).lagged(0, 1, -0.3, 0.05, rng);
    for (int t = 0; t < w.n; t++) {
      w.cosines[0][1][t] = -0.28;
    }
    Finding f = of(w, Finding.CONFLICT).get(0);
    assertThat(f.tasks()).containsExactly("y1", "y2");
    assertThat(f.evidence().get("trueCosine")).isCloseTo(-0.75, within(0.03));
    assertThat(f.evidence().get("selfAgreementA")).isCloseTo(0.4, within(0.01));
    assertThat(f.sentence()).startsWith("tasks 'y1' and 'y2' conflict: the cosine of their true gradients is −0.7")
        .contains("(95% CI, 22 batches of 22 steps, Bonferroni over 1 window of up to 500 measured steps)")
        .contains("beyond the noise floor (self-agreement) 'y1' +0.40 ± ")
        .endsWith("same-step mean cosine −0.28 ± 0.00, negative in 100% of steps");
  }

  @Test
  void aConflictEarlierInTheRunIsFoundInItsWindow() {
    Random rng = new Random(2);
    Windows w = new Windows(2, 1500).self(0, 0.4, 0.05, rng).self(1, 0.4, 0.05, rng).lagged(0, 1, 0.0, 0.05, rng);
    for (int t = 500; t < 1000; t++) {
      w.lagged[0][1][t] = -0.3 + 0.05 * rng.nextGaussian();
    }
    Finding f = of(w, Finding.CONFLICT).get(0);
    assertThat(f.sentence()).startsWith("tasks 'y1' and 'y2' conflict during steps 5000–9990: the cosine of their true gradients is −0.7")
        .contains("Bonferroni over 3 windows");
    assertThat(f.evidence().get("fromStep")).isEqualTo(5000.0);
  }

  @Test
  void whereNothingIsFoundTheSentenceSaysSoWithTheNumbers() {
    Random rng = new Random(3);
    Windows w = new Windows(2, 500).self(0, 0.1, 0.05, rng).self(1, 0.1, 0.05, rng).lagged(0, 1, 0.0, 0.05, rng);
    for (int t = 0; t < w.n; t++) {
      w.cosines[0][1][t] = t % 3 == 0 ? 0.05 : -0.05; // negative in 2/3 of the steps: the old rule fired here
    }
    assertThat(of(w, Finding.CONFLICT)).isEmpty();
    Finding none = of(w, Finding.NO_CONFLICT).get(0);
    assertThat(none.sentence()).startsWith("no conflict beyond noise between 'y1' and 'y2': the cosine of their true gradients is ")
        .contains("within ±0.1 or not distinguishable from 0; noise floor (self-agreement) 'y1' +0.10 ± ")
        .endsWith("negative in 67% of steps");
    // y2's gradient is noise: said in words, no number for the cosine
    Windows noise = new Windows(2, 500).self(0, 0.3, 0.05, rng).self(1, 0.0, 0.05, rng).lagged(0, 1, -0.2, 0.05, rng);
    assertThat(of(noise, Finding.NO_CONFLICT).get(0).sentence())
        .contains("the gradient of 'y2' is indistinguishable from noise").contains("cannot be compared");
  }

  @Test
  void tasksThatPullTheSameWayAreSaidToAgree() {
    Random rng = new Random(4);
    Windows w = new Windows(2, 500).self(0, 0.3, 0.05, rng).self(1, 0.3, 0.05, rng).lagged(0, 1, 0.15, 0.05, rng);
    assertThat(of(w, Finding.AGREEMENT).get(0).sentence())
        .startsWith("tasks 'y1' and 'y2' pull the shared layers the same way: the cosine of their true gradients is +0.5");
  }

  @Test
  void theDominantTaskIsNamedWhenItsIntervalClearsTheThreshold() {
    Random rng = new Random(5);
    Windows w = new Windows(3, 500);
    for (int t = 0; t < w.n; t++) {
      w.norms[0][t] = 0.5;
      w.norms[1][t] = 5;
      w.norms[2][t] = 1400 * Math.exp(0.2 * rng.nextGaussian());
    }
    Finding f = GradientFindings.imbalance(w.window(), S).orElseThrow();
    assertThat(f.kind()).isEqualTo(Finding.IMBALANCE);
    assertThat(f.tasks()).containsExactly("y3", "y1");
    assertThat(f.evidence().get("ratio")).isCloseTo(2800, within(100.0));
    assertThat(f.sentence()).startsWith("task 'y3' dominates the shared layers: its gradient is 2800× that of 'y1' (")
        .endsWith("(geometric mean over the last 484 measured steps; 95% CI, 22 batches of 22 steps)");
    // 9.9× is under the threshold
    for (int t = 0; t < w.n; t++) {
      w.norms[2][t] = 4.95;
    }
    assertThat(GradientFindings.imbalance(w.window(), S)).isEmpty();
  }

  @Test
  void weightsThatEvenOutTheGradientsTurnTheFindingIntoACompensatedOne() {
    Windows w = new Windows(3, 200);
    for (int t = 0; t < w.n; t++) {
      w.norms[0][t] = 1;
      w.norms[1][t] = 10;
      w.norms[2][t] = 100 * (t % 2 == 0 ? 1.01 : 1 / 1.01);
      w.weights[1][t] = 0.2;
      w.weights[2][t] = 0.04;
    }
    Finding f = GradientFindings.imbalance(w.window(), S).orElseThrow();
    assertThat(f.kind()).isEqualTo(Finding.IMBALANCE_COMPENSATED);
    assertThat(f.evidence().get("unweightedRatio")).isCloseTo(100.0, within(1e-6));
    assertThat(f.evidence().get("ratio")).isCloseTo(4.0, within(1e-6));
    assertThat(f.sentence()).startsWith("the gradient of task 'y3' is 100× that of 'y1', and the strategy's weights bring the largest"
        + " ratio down to 4×");
  }

  @Test
  void aTaskWhoseLossRisesIsPushedBack() {
    Windows w = new Windows(2, 1000);
    Random rng = new Random(6);
    for (int t = 0; t < w.n; t++) {
      w.losses[0][t] = (t < 500 ? 1.0 : Math.exp((t - 500) / 250.0)) * (1 + 0.1 * rng.nextGaussian());
      w.losses[1][t] = Math.exp(-t / 500.0) * (1 + 0.1 * rng.nextGaussian());
      w.update[0][t] = t >= 500 && t % 2 == 0 ? -0.2 : 0.3;
    }
    List<Finding> harm = of(w, Finding.HARM);
    assertThat(harm).hasSize(1);
    assertThat(harm.get(0).tasks()).containsExactly("y1");
    assertThat(harm.get(0).evidence().get("lossChange")).isCloseTo(Math.exp(2 * 21.0 / 22), within(0.5));
    assertThat(harm.get(0).sentence()).startsWith("the updates pushed task 'y1' back during steps 5000–9990: its training loss changed by ")
        .endsWith("the combined gradient raised its loss on the step's batch in 50% of those steps");
    assertThat(of(w, Finding.NO_HARM).get(0).sentence()).startsWith("the updates did not push task 'y2' back beyond noise in any of"
        + " 2 windows of up to 500 measured steps: in the last one its training loss changed by −");
  }

  @Test
  void tooFewStepsATaskWithoutLabelsAndAnOldRunAreNotedNotGuessed() {
    List<Finding> young = GradientFindings.of(new Windows(2, 60).window(), S);
    assertThat(young).extracting(Finding::sentence).containsExactly("gradient findings: not enough measured steps (60 of 100)");

    Windows unlabelled = new Windows(3, 300);
    for (int t = 0; t < unlabelled.n; t++) {
      unlabelled.norms[2][t] = 0;
    }
    List<Finding> f = GradientFindings.of(unlabelled.window(), S);
    assertThat(f).extracting(Finding::sentence).contains(
        "task 'y3' had no labelled rows in the last 300 measured steps: it is left out of the gradient findings");
    assertThat(f).allSatisfy(x -> assertThat(x.sentence()).doesNotContain("NaN"));
    assertThat(f.stream().filter(x -> x.tasks().contains("y3")).map(Finding::kind)).containsOnly(Finding.GRADIENT_NOTE);

    double[][] norms = new double[2][200];
    double[][] weights = new double[2][200];
    for (int t = 0; t < 200; t++) {
      norms[0][t] = 1;
      norms[1][t] = 2;
      weights[0][t] = 1;
      weights[1][t] = 1;
    }
    GradientWindow old = new GradientWindow(List.of("a", "b"), new long[200], norms, weights, new double[2][2][200]);
    List<Finding> before = GradientFindings.of(old, S);
    assertThat(before).extracting(Finding::kind).containsExactly(Finding.GRADIENT_NOTE);
    assertThat(before.get(0).sentence()).startsWith("this run has no lagged gradient measures");
  }
}

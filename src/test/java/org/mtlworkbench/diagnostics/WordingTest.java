package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of a finding's sentence, as a reader sees them (U+2212 is the minus sign). */
class WordingTest {
  private static final Estimate COSINE = new Estimate(-0.314, -0.374, -0.254, 484, 22, 22, 0);

  @Test
  void anEstimateReadsAsValueAndHalfWidth() {
    assertThat(Wording.plusMinus(COSINE)).isEqualTo("\u22120.31 ± 0.06");
  }

  @Test
  void aBonferroniLevelKeepsItsDigits() {
    // 1 − 0.05/3 and 1 − 0.05/32: rounded to whole percent they would read "98%" and "100%"
    assertThat(Wording.interval(COSINE, 1 - 0.05 / 3)).isEqualTo("98.33% CI, 22 batches of 22 steps");
    assertThat(Wording.interval(COSINE, 1 - 0.05 / 32)).startsWith("99.84% CI");
    assertThat(Wording.interval(COSINE, 0.95)).startsWith("95% CI");
  }

  @Test
  void aFactorReadsAsAChangeBelowTwoAndAsARatioAbove() {
    assertThat(Wording.factor(new Estimate(1.52, 1.38, 1.68, 484, 22, 22, 0))).isEqualTo("+52% (+38% to +68%)");
    assertThat(Wording.factor(new Estimate(0.93, 0.88, 0.98, 484, 22, 22, 0))).isEqualTo("\u22127% (\u221212% to \u22122%)");
    assertThat(Wording.factor(new Estimate(2.4, 2.2, 2.7, 484, 22, 22, 0))).isEqualTo("2.4× (2.2×–2.7×)");
  }

  @Test
  void tooFewStepsSaysHowManyOfHowMany() {
    assertThat(Wording.tooFew(Estimate.insufficient(37, 100))).isEqualTo("not enough measured steps (37 of 100)");
  }
}

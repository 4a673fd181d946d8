package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FamoTest {

  @Test
  void firstStepWeighsByInverseLossWithEqualLogits() {
    // ξ = 0 → z = 1/3; w_k = (z/L_k)/Σ_j(z/L_j) = (1, ½, ¼)/1.75
    Combination c = new Famo(3, 0.025, 1e-3).combine(Setups.losses(0, 0, 1, 2, 4));
    assertThat(c.weights()).containsExactly(new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0}, within(1e-15));
    assertThat(c.coefficients()).containsExactly(c.weights());
    assertThat(c.headWeights()).containsExactly(c.weights());
  }

  @Test
  void aTaskThatImprovedMoreLosesWeightByOneAdamStep() {
    // step 2: δ = log L(1) − log L(2) = (log 2, 0, 0); ∂(zᵀδ)/∂ξ = z ⊙ (δ − zᵀδ) = (2, −1, −1)·log 2/9
    // (+ γξ = 0). Adam's first step moves each logit by −rate·sign: ξ = (−0.025, 0.025, 0.025)
    // (to 10⁻⁷: ε = 10⁻⁸ against |g| ≈ 0.08)
    Famo famo = new Famo(3, 0.025, 1e-3);
    famo.combine(Setups.losses(0, 0, 1, 2, 4));
    double[] w = famo.combine(Setups.losses(1, 0, 0.5, 2, 4)).weights();
    double[] z = Softmax.of(new double[] {-0.025, 0.025, 0.025});
    double[] expected = {z[0] / 0.5, z[1] / 2, z[2] / 4};
    double sum = expected[0] + expected[1] + expected[2];
    for (int k = 0; k < 3; k++) {
      assertThat(w[k]).isCloseTo(expected[k] / sum, within(1e-7));
    }
    assertThat(z[0]).isLessThan(1 / 3.0);
  }

  @Test
  void aTaskWithoutLabelsGetsNoWeightAndNoSignal() {
    Famo famo = new Famo(2, 0.025, 0);
    assertThat(famo.combine(Setups.losses(0, 0, 1, 0)).weights()).containsExactly(1, 0);
    assertThat(famo.combine(Setups.losses(1, 0, 1, 2)).weights()).containsExactly(new double[] {2 / 3.0, 1 / 3.0}, within(1e-15));
  }
}

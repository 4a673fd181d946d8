package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeometricLossStrategyTest {

  @Test
  void weightsAreTheDerivativesOfTheGeometricMean() {
    // second implementation: ∂(Π L)^(1/K)/∂L_k by central differences
    double[] losses = {0.3, 12, 2.5};
    double[] w = new GeometricLossStrategy().combine(Setups.losses(0, 0, losses)).weights();
    for (int k = 0; k < 3; k++) {
      double h = 1e-6 * losses[k];
      double[] up = losses.clone();
      double[] down = losses.clone();
      up[k] += h;
      down[k] -= h;
      double derivative = (Math.cbrt(up[0] * up[1] * up[2]) - Math.cbrt(down[0] * down[1] * down[2])) / (2 * h);
      assertThat(w[k]).isCloseTo(derivative, within(1e-8 * derivative));
    }
  }

  @Test
  void equalLossesGiveOneOverK() {
    assertThat(new GeometricLossStrategy().combine(Setups.losses(0, 0, 2, 2, 2, 2)).weights())
        .containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-15));
  }

  @Test
  void aTaskWithoutLabelsIsLeftOutOfTheMean() {
    // the product with L₂ = 0 would be 0; the mean of the two present tasks is √(1·4) = 2
    double[] w = new GeometricLossStrategy().combine(Setups.losses(0, 0, 1, 0, 4)).weights();
    assertThat(w).containsExactly(new double[] {1.0, 0, 0.25}, within(1e-15));
  }
}

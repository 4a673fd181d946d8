package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmoothTchebycheffTest {

  /** The scalarised loss of the authors' code: K·μ·log Σ_k exp(log(L_k/z_k)/μ). */
  private static double scalarised(double[] losses, double[] reference, double mu) {
    double s = 0;
    for (int k = 0; k < losses.length; k++) {
      s += Math.exp(Math.log(losses[k] / reference[k]) / mu);
    }
    return losses.length * mu * Math.log(s);
  }

  @Test
  void warmUpWeighsByInverseLossAndItsLastEpochSetsTheReference() {
    SmoothTchebycheff s = new SmoothTchebycheff(2, 1.0, 1);
    assertThat(s.combine(Setups.losses(0, 0, 2, 0.5)).weights()).containsExactly(0.5, 2);
    // epoch 1 = warm-up's last: recorded; reference = means (3, 1)
    assertThat(s.combine(Setups.losses(1, 1, 2, 0.5)).weights()).containsExactly(0.5, 2);
    s.combine(Setups.losses(2, 1, 4, 1.5));
    double[] losses = {2.5, 1.2};
    double[] w = s.combine(Setups.losses(3, 2, losses)).weights();
    // second implementation: the weights are ∂F/∂L_k of the scalarised loss, by central differences
    double[] reference = {3, 1};
    for (int k = 0; k < 2; k++) {
      double h = 1e-6 * losses[k];
      double[] up = losses.clone();
      double[] down = losses.clone();
      up[k] += h;
      down[k] -= h;
      double derivative = (scalarised(up, reference, 1.0) - scalarised(down, reference, 1.0)) / (2 * h);
      assertThat(w[k]).isCloseTo(derivative, within(1e-7 * Math.abs(derivative)));
    }
  }

  @Test
  void aSmallMuPutsTheWeightOnTheTaskFurthestAboveItsReference() {
    double[] reference = {1, 1, 1};
    double[] losses = {1.1, 2.0, 0.5};
    double[] w = SmoothTchebycheff.weights(losses, reference, 0.01);
    // task 2 (ratio 2): K·1/L = 1.5; the others vanish
    assertThat(w[1]).isCloseTo(1.5, within(1e-12));
    assertThat(w[0]).isLessThan(1e-20);
    assertThat(w[2]).isLessThan(1e-20);
  }

  @Test
  void withoutWarmUpTheFirstEpochIsTheReference() {
    SmoothTchebycheff s = new SmoothTchebycheff(2, 1.0, 0);
    s.combine(Setups.losses(0, 0, 2, 4));
    double[] w = s.combine(Setups.losses(1, 1, 2, 4)).weights();
    // both at their reference: softmax ½ each, w_k = 2·½/L_k
    assertThat(w).containsExactly(new double[] {0.5, 0.25}, within(1e-15));
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ImtlLTest {

  @Test
  void firstStepsWorkedOutByHand() {
    // s = 0: weights 1. Gradient e^s·L − 1 = (1, −0.5): Adam's first step moves s by −rate·sign,
    // s = (−0.1, 0.1), so the second weights are (e^−0.1, e^0.1) (to 10⁻⁸ from Adam's ε)
    ImtlL s = new ImtlL(2, 0.1);
    Combination first = s.combine(Setups.losses(0, 0, 2, 0.5));
    assertThat(first.weights()).containsExactly(1, 1);
    assertThat(first.headWeights()).containsExactly(1, 1);
    assertThat(s.combine(Setups.losses(1, 0, 2, 0.5)).weights())
        .containsExactly(new double[] {Math.exp(-0.1), Math.exp(0.1)}, within(1e-8));
  }

  @Test
  void scaledLossesSettleAtOne() {
    // the fixed point of IMTL-L: e^{s_k}·L_k = 1 whatever the scale of L_k
    ImtlL s = new ImtlL(3, 0.01);
    double[] losses = {0.02, 3, 400};
    double[] w = null;
    for (int step = 0; step < 20000; step++) {
      w = s.combine(Setups.losses(step, 0, losses)).weights();
    }
    for (int k = 0; k < 3; k++) {
      assertThat(w[k] * losses[k]).isCloseTo(1.0, within(0.05));
    }
  }

  @Test
  void theFullImtlIsImtlGOnTheScaledGradients() {
    // coefficients α_k·e^{s_k} with α from IMTL-G on e^{s_k}g_k; heads e^{s_k}; same direction as IMTL-G
    Random r = new Random(93);
    Imtl imtl = new Imtl(3, 0.05);
    for (int step = 0; step < 5; step++) {
      double[][] g = Vectors.random(r, 3, 6);
      double[] losses = {0.5, 4, 0.05};
      StepContext context = Setups.step(step, 0, losses, g);
      Combination c = imtl.combine(context);
      double[] e = c.weights();
      assertThat(c.headWeights()).containsExactly(e);
      double[][] scaled = new double[3][];
      for (int k = 0; k < 3; k++) {
        scaled[k] = g[k].clone();
        for (int j = 0; j < 6; j++) {
          scaled[k][j] *= e[k];
        }
      }
      double[] alpha = new ImtlG().combine(Setups.gradients(scaled)).coefficients();
      for (int k = 0; k < 3; k++) {
        assertThat(c.coefficients()[k]).isCloseTo(alpha[k] * e[k], within(1e-9 * (1 + Math.abs(alpha[k] * e[k]))));
      }
      double[] d = Vectors.combine(c.coefficients(), g);
      double[] dg = Vectors.direction(new ImtlG(), g);
      assertThat(Vectors.dot(d, dg) / (Vectors.norm(d) * Vectors.norm(dg))).isCloseTo(1.0, within(1e-9));
    }
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MoDoTest {

  @Test
  void oneStepWorkedOutByHand() {
    // J_base: M = [[18, −22], [−22, 38]], λ = (½, ½): Mλ = (−2, 8);
    // λ − γ(Mλ + ρλ) = (0.5 + 0.00195, 0.5 − 0.00805) = (0.50195, 0.49195), sum 0.9939;
    // onto the simplex: + 0.00305 each → (0.505, 0.495)
    MoDo s = new MoDo(2, 1e-3, 0.1);
    Combination c = s.combine(Setups.gradients(UpGradTest.J));
    assertThat(c.weights()).containsExactly(new double[] {0.505, 0.495}, within(1e-12));
    assertThat(c.coefficients()).containsExactly(c.weights());
    assertThat(c.headWeights()).containsExactly(1, 1);
  }

  @Test
  void aLargeStepLandsOnAVertexOfTheSimplex() {
    // γ = 1: λ − (Mλ + ρλ) = (2.45, −7.55): projected to (1, 0)
    assertThat(new MoDo(2, 1, 0.1).combine(Setups.gradients(UpGradTest.J)).weights()).containsExactly(1, 0);
  }
}

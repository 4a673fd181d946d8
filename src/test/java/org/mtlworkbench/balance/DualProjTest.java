package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DualProjTest {

  private static Combination combine(double regularization, double[][] g) {
    return new DualProj(regularization).combine(Setups.gradients(g));
  }

  @Test
  void publishedValuesOfTorchJd() {
    // TorchJD tests/unit/aggregation/test_values.py: DualProj() on J_base gives [0.5563, 1.1109,
    // 1.1109], DualProjWeighting() on its Gramian [0.6109, 0.5000] (atol 10⁻⁴)
    Combination c = combine(1e-4, UpGradTest.J);
    assertThat(c.weights()).containsExactly(new double[] {0.6109, 0.5}, within(1e-4));
    assertThat(Vectors.combine(c.coefficients(), UpGradTest.J)).containsExactly(new double[] {0.5563, 1.1109, 1.1109}, within(1e-4));
  }

  @Test
  void exactValuesWorkedOutByHand() {
    // the mean (1, 1, 1) has g₁·mean = −2 < 0. v = (a, ½) with 18a = 11 → a = 11/18 ≥ ½, and
    // (Mv)₂ = −22·11/18 + 19 > 0: w = (11/18, ½), d = (−44/18 + 3, 11/18 + ½, …) = (5/9, 10/9, 10/9)
    Combination c = combine(0, UpGradTest.J);
    assertThat(c.weights()).containsExactly(new double[] {11 / 18.0, 0.5}, within(1e-12));
    assertThat(Vectors.combine(c.coefficients(), UpGradTest.J)).containsExactly(new double[] {5 / 9.0, 10 / 9.0, 10 / 9.0}, within(1e-12));
  }

  @Test
  void isTheProjectionOfTheMeanComputedInParameterSpace() {
    Random r = new Random(34);
    for (int trial = 0; trial < 40; trial++) {
      int k = 2 + r.nextInt(3);
      double[][] g = Vectors.random(r, k, k + 1 + r.nextInt(3));
      double[] mean = new double[g[0].length];
      for (double[] gi : g) {
        for (int j = 0; j < mean.length; j++) {
          mean[j] += gi[j] / k;
        }
      }
      double[] expected = ConeProjection.project(g, mean);
      double[] d = Vectors.combine(combine(0, g).coefficients(), g);
      assertThat(d).as("trial %d", trial).containsExactly(expected, within(1e-7 * (1 + Vectors.norm(expected))));
      for (double[] gk : g) {
        assertThat(Vectors.dot(d, gk)).isGreaterThanOrEqualTo(-1e-9 * Vectors.norm(d) * Vectors.norm(gk));
      }
    }
  }

  @Test
  void aMeanThatConflictsWithNoTaskIsKept() {
    double[][] g = {{1, 2, 0}, {3, -1, 1}};
    // mean (2, 0.5, 0.5): g₁·mean = 3, g₂·mean = 6.
    assertThat(Vectors.combine(combine(0, g).coefficients(), g)).containsExactly(new double[] {2, 0.5, 0.5}, within(1e-12));
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UpGradTest {
  /** TorchJD's fixed example Jacobian (tests/unit/aggregation/test_values.py, J_base). */
  static final double[][] J = {{-4, 1, 1}, {6, 1, 1}};

  private static Combination combine(double regularization, double[][] g) {
    return new UpGrad(regularization).combine(Setups.gradients(g));
  }

  @Test
  void publishedValuesOfTorchJd() {
    // TorchJD tests/unit/aggregation/test_values.py: UPGrad() on J_base gives [0.2929, 1.9004,
    // 1.9004] and UPGradWeighting() on its Gramian [1.1109, 0.7894] (atol 10⁻⁴); the same pair in
    // the usage example tests/doc/test_aggregation.py. Default options: reg_eps = 10⁻⁴.
    Combination c = combine(1e-4, J);
    assertThat(c.weights()).containsExactly(new double[] {1.1109, 0.7894}, within(1e-4));
    assertThat(Vectors.combine(c.coefficients(), J)).containsExactly(new double[] {0.2929, 1.9004, 1.9004}, within(1e-4));
    assertThat(c.headWeights()).containsExactly(1, 1);
  }

  @Test
  void exactValuesWorkedOutByHand() {
    // M = [[18, −22], [−22, 38]]. Projection of g₁/2: v = (½, b), minimising over b gives
    // 38b = 11 → b = 11/38, and (Mv)₁ = 9 − 22·11/38 > 0 keeps v₁ at its bound. Projection of g₂/2:
    // v = (a, ½), 18a = 11 → a = 11/18. w = (½ + 11/18, 11/38 + ½) = (10/9, 15/19);
    // d = wᵀJ = (−40/9 + 90/19, 325/171, 325/171) = (50/171, 325/171, 325/171)
    Combination c = combine(0, J);
    assertThat(c.weights()).containsExactly(new double[] {10 / 9.0, 15 / 19.0}, within(1e-12));
    assertThat(Vectors.combine(c.coefficients(), J)).containsExactly(new double[] {50 / 171.0, 325 / 171.0, 325 / 171.0}, within(1e-12));
  }

  @Test
  void isTheMeanOfTheProjectionsComputedInParameterSpace() {
    Random r = new Random(31);
    for (int trial = 0; trial < 40; trial++) {
      int k = 2 + r.nextInt(3);
      double[][] g = Vectors.random(r, k, k + 1 + r.nextInt(3));
      double[] expected = new double[g[0].length];
      for (double[] gi : g) {
        double[] p = ConeProjection.project(g, gi);
        for (int j = 0; j < p.length; j++) {
          expected[j] += p[j] / k;
        }
      }
      double[] d = Vectors.combine(combine(0, g).coefficients(), g);
      assertThat(d).as("trial %d", trial).containsExactly(expected, within(1e-7 * (1 + Vectors.norm(expected))));
    }
  }

  @Test
  void noTaskLossRisesToFirstOrder() {
    Random r = new Random(32);
    for (int trial = 0; trial < 200; trial++) {
      int k = 2 + r.nextInt(5);
      double[][] g = Vectors.random(r, k, 1 + r.nextInt(8));
      double trace = 0;
      for (double[] gk : g) {
        trace += Vectors.dot(gk, gk);
      }
      for (double reg : new double[] {0, 1e-4}) {
        Combination c = combine(reg, g);
        double[] d = Vectors.combine(c.coefficients(), g);
        for (int k2 = 0; k2 < k; k2++) {
          // exact for reg = 0; with ε the optimality conditions (M/tr + εI)w ≥ 0 give
          // g_k·d ≥ −ε·tr(GGᵀ)·w_k, which is what the regularisation costs a task
          double slack = reg * trace * c.weights()[k2] + 1e-12 * trace;
          assertThat(Vectors.dot(d, g[k2])).as("trial %d reg %s", trial, reg).isGreaterThanOrEqualTo(-slack);
        }
      }
    }
  }

  @Test
  void withoutConflictItIsTheMeanGradient() {
    double[][] g = {{1, 2, 0}, {2, 1, 1}, {0.5, 0.5, 3}};
    double[] d = Vectors.combine(combine(0, g).coefficients(), g);
    assertThat(d).containsExactly(new double[] {3.5 / 3, 3.5 / 3, 4 / 3.0}, within(1e-12));
  }

  @Test
  void isLinearUnderScalingOfOneTask() {
    // Quinton & Rey 2024, Definition 4: c ↦ A(diag(c)J) is linear on c > 0
    Random r = new Random(33);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = Vectors.random(r, 3, 5);
      double[][] d = new double[3][];
      for (int s = 1; s <= 3; s++) {
        double[][] scaled = {g[0].clone(), g[1], g[2]};
        for (int j = 0; j < 5; j++) {
          scaled[0][j] *= s;
        }
        d[s - 1] = Vectors.combine(combine(0, scaled).coefficients(), scaled);
      }
      for (int j = 0; j < 5; j++) {
        assertThat(d[2][j] - d[1][j]).isCloseTo(d[1][j] - d[0][j], within(1e-9 * (1 + Vectors.norm(d[2]))));
      }
    }
  }
}

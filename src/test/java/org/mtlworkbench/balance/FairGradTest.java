package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FairGradTest {

  private static double[] weights(double alpha, double[][] g) {
    Combination c = new FairGrad(alpha).combine(Setups.gradients(g));
    assertThat(c.coefficients()).containsExactly(c.weights());
    assertThat(c.headWeights()).containsExactly(c.weights());
    return c.weights();
  }

  @Test
  void solvesTheFairnessEquationOnTheRawGramMatrix() {
    // Ban & Ji 2024: GGᵀw = w^(−1/α) elementwise; the residual is checked on the vectors
    Random r = new Random(81);
    for (double alpha : new double[] {0.5, 1, 2, 5}) {
      for (int trial = 0; trial < 30; trial++) {
        int k = 2 + r.nextInt(4);
        double[][] g = Vectors.random(r, k, k + 2 + r.nextInt(4));
        double[] w = weights(alpha, g);
        double[] d = Vectors.combine(w, g);
        for (int i = 0; i < k; i++) {
          double gain = Vectors.dot(g[i], d);
          assertThat(gain).as("alpha %s trial %d task %d", alpha, trial, i)
              .isCloseTo(Math.pow(w[i], -1 / alpha), within(1e-8 * Math.pow(w[i], -1 / alpha)));
        }
      }
    }
  }

  @Test
  void alphaOneIsNashMtlOnTheRawScale() {
    // Nash-MTL solves the same equation on GGᵀ/||GGᵀ||_F: w_fair = α_nash / √||GGᵀ||_F
    Random r = new Random(82);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = Vectors.random(r, 3, 6);
      double[][] m = Vectors.gram(g);
      double f = 0;
      for (double[] row : m) {
        for (double v : row) {
          f += v * v;
        }
      }
      double[] nash = new NashMtl().combine(Setups.gradients(g)).weights();
      double[] w = weights(1, g);
      for (int i = 0; i < 3; i++) {
        assertThat(w[i]).isCloseTo(nash[i] / Math.sqrt(Math.sqrt(f)), within(1e-9 * w[i]));
      }
    }
  }

  @Test
  void orthogonalGradientsHaveAClosedForm() {
    // M diagonal: ||g_k||²·w_k = w_k^(−1/α) → w_k = ||g_k||^(−2α/(1+α))
    double[][] g = {{3, 0, 0}, {0, 0.5, 0}, {0, 0, 20}};
    for (double alpha : new double[] {0.5, 1, 3}) {
      double[] w = weights(alpha, g);
      for (int i = 0; i < 3; i++) {
        double n = Vectors.norm(g[i]);
        assertThat(w[i]).isCloseTo(Math.pow(n, -2 * alpha / (1 + alpha)), within(1e-10 * w[i]));
      }
    }
  }

  @Test
  void opposedGradientsStayFinite() {
    // Pareto-stationary: no solution; the ridge keeps w finite and the update nearly vanishes
    double[][] g = {{1, 2}, {-1, -2}};
    double[] w = weights(1, g);
    assertThat(java.util.Arrays.stream(w).allMatch(Double::isFinite)).isTrue();
    assertThat(Vectors.norm(Vectors.combine(w, g))).isLessThan(1e-2 * Vectors.norm(g[0]) * w[0]);
  }
}

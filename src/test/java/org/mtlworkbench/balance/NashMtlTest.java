package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NashMtlTest {

  private static double[] alpha(double[][] g) {
    Combination c = new NashMtl().combine(Setups.gradients(g));
    assertThat(c.coefficients()).containsExactly(c.weights());
    return c.weights();
  }

  /**
   * Second implementation: Gauss–Seidel on the paper's equation (Mα)_i = 1/α_i with M = GGᵀ/||GGᵀ||_F.
   * Holding the other α_j, it is m_ii·α_i² + s_i·α_i − 1 = 0 with s_i = Σ_{j≠i} m_ij α_j, whose
   * positive root is α_i = (−s_i + √(s_i² + 4m_ii)) / (2m_ii).
   */
  private static double[] gaussSeidel(double[][] g) {
    double[][] m = Vectors.gram(g);
    double f = 0;
    for (double[] row : m) {
      for (double v : row) {
        f += v * v;
      }
    }
    f = Math.sqrt(f);
    int k = g.length;
    double[] a = new double[k];
    java.util.Arrays.fill(a, 1.0);
    for (int sweep = 0; sweep < 20000; sweep++) {
      for (int i = 0; i < k; i++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          if (j != i) {
            s += m[i][j] / f * a[j];
          }
        }
        double mii = m[i][i] / f;
        a[i] = (-s + Math.sqrt(s * s + 4 * mii)) / (2 * mii);
      }
    }
    return a;
  }

  @Test
  void twoTaskExampleMatchesGaussSeidel() {
    // J = [[-4, 1, 1], [6, 1, 1]]: M = [[18, −22], [−22, 38]], ||M||_F = 53.7215; the paper's α
    // (unnormalised M) is ours / √53.7215 ≈ (0.5915, 0.4071)
    double[][] j = {{-4, 1, 1}, {6, 1, 1}};
    double[] a = alpha(j);
    assertThat(a).containsExactly(gaussSeidel(j), within(1e-9));
    double root = Math.sqrt(Math.sqrt(18 * 18 + 2 * 22 * 22 + 38 * 38));
    assertThat(a[0] / root).isCloseTo(0.5915, within(1e-4));
    assertThat(a[1] / root).isCloseTo(0.4071, within(1e-4));
  }

  @Test
  void solvesTheBargainingEquationForRandomGradients() {
    Random r = new Random(12);
    for (int trial = 0; trial < 50; trial++) {
      int k = 2 + r.nextInt(4);
      double[][] g = Vectors.random(r, k, k + 2 + r.nextInt(5));
      double[] a = alpha(g);
      double[] expected = gaussSeidel(g);
      for (int i = 0; i < k; i++) {
        assertThat(a[i]).as("trial %d task %d", trial, i).isCloseTo(expected[i], within(1e-9 * expected[i]));
      }
    }
  }

  @Test
  void everyTaskGainsInverselyToItsWeight() {
    // d·g_i = 1/α_i in the paper's scale (> 0: no task's loss increases to first order); in ours
    // d·g_i·α_i = ||M||_F for every i
    Random r = new Random(14);
    for (int trial = 0; trial < 50; trial++) {
      double[][] g = Vectors.random(r, 3, 7);
      double[] a = alpha(g);
      double[] d = Vectors.combine(a, g);
      double f = 0;
      for (double[] row : Vectors.gram(g)) {
        for (double v : row) {
          f += v * v;
        }
      }
      for (int i = 0; i < 3; i++) {
        assertThat(a[i]).isPositive();
        assertThat(Vectors.dot(d, g[i]) * a[i]).isCloseTo(Math.sqrt(f), within(1e-9 * Math.sqrt(f)));
      }
    }
  }

  @Test
  void knownSolutionsOfSimpleSystems() {
    // K = 1: M̃ = 1 → α = 1, d = g
    assertThat(alpha(new double[][] {{3, 4}})).containsExactly(new double[] {1}, within(1e-6));
    // identical gradients: M̃ = 11ᵀ/K, α = s·1 with s² = 1 → α = 1, d = Σg = Kg as for equal
    assertThat(alpha(new double[][] {{1, 2}, {1, 2}, {1, 2}})).containsExactly(new double[] {1, 1, 1}, within(1e-6));
    // orthogonal, equally long: M̃ = I/√K → α_i² = √K → α_i = K^{1/4}
    double q = Math.pow(2, 0.25);
    assertThat(alpha(new double[][] {{5, 0}, {0, 5}})).containsExactly(new double[] {q, q}, within(1e-6));
    // scale does not change α
    assertThat(alpha(new double[][] {{-40, 10, 10}, {60, 10, 10}})).containsExactly(alpha(new double[][] {{-4, 1, 1}, {6, 1, 1}}), within(1e-9));
  }

  @Test
  void zeroAndOpposedGradientsStayFinite() {
    // a zero gradient gets α = 0; the other task alone gets α = 1
    assertThat(alpha(new double[][] {{3, 4}, {0, 0}})).containsExactly(new double[] {1, 0}, within(1e-6));
    assertThat(alpha(new double[][] {{0, 0}, {0, 0}})).containsExactly(0.0, 0.0);
    // exactly opposed: no bargaining solution; the ridge keeps α finite and d is (nearly) zero
    double[][] opposed = {{1, 2}, {-1, -2}};
    double[] a = alpha(opposed);
    for (double x : a) {
      assertThat(x).isFinite().isPositive().isLessThan(2e3);
    }
    assertThat(Vectors.norm(Vectors.combine(a, opposed))).isLessThan(1e-6);
  }

  @Test
  void taskOrderOnlyPermutesAlpha() {
    Random r = new Random(15);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = Vectors.random(r, 3, 5);
      double[] a = alpha(g);
      double[] p = alpha(Vectors.permute(g, new int[] {2, 0, 1}));
      assertThat(p).containsExactly(new double[] {a[2], a[0], a[1]}, within(1e-9 * a[0]));
    }
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ImtlGTest {

  private static double[] alpha(double[][] g) {
    Combination c = new ImtlG().combine(Setups.gradients(g));
    assertThat(c.weights()).containsOnly(1.0);
    return c.coefficients();
  }

  @Test
  void publishedTwoTaskExample() {
    // J = [[-4, 1, 1], [6, 1, 1]]: for two tasks d·u₁ = d·u₂ gives α₁ = ||g₂||/(||g₁|| + ||g₂||)
    // = √38/(√18 + √38) = 6.1644/10.4070 = 0.5923, α₂ = 0.4077
    double[] a = alpha(new double[][] {{-4, 1, 1}, {6, 1, 1}});
    assertThat(a[0]).isCloseTo(0.5923, within(5e-5));
    assertThat(a[1]).isCloseTo(0.4077, within(5e-5));
    assertThat(a[0]).isCloseTo(Math.sqrt(38) / (Math.sqrt(18) + Math.sqrt(38)), within(1e-12));
  }

  @Test
  void matchesThePapersClosedFormOnVectors() {
    // second implementation, Liu et al. 2021 eq. (8): D = [g₁ − g_k]ᵀ, U = [u₁ − u_k]ᵀ (k ≥ 2),
    // α_{2..K} = g₁Uᵀ(DUᵀ)⁻¹, α₁ = 1 − Σα_{2..K}; computed on the P-long vectors
    Random r = new Random(13);
    for (int trial = 0; trial < 100; trial++) {
      int k = 2 + r.nextInt(4);
      double[][] g = Vectors.random(r, k, k + 1 + r.nextInt(6));
      double[][] u = new double[k][];
      for (int i = 0; i < k; i++) {
        u[i] = g[i].clone();
        double n = Vectors.norm(g[i]);
        for (int j = 0; j < u[i].length; j++) {
          u[i][j] /= n;
        }
      }
      double[][] duT = new double[k - 1][k - 1];
      double[] g1uT = new double[k - 1];
      for (int a = 1; a < k; a++) {
        double[] ua = minus(u[0], u[a]);
        g1uT[a - 1] = Vectors.dot(g[0], ua);
        for (int b = 1; b < k; b++) {
          // (DUᵀ)ᵀ so that a row-vector equation x·DUᵀ = g₁Uᵀ becomes (DUᵀ)ᵀxᵀ = (g₁Uᵀ)ᵀ
          duT[a - 1][b - 1] = Vectors.dot(minus(g[0], g[b]), ua);
        }
      }
      double[] tail = Vectors.solve(duT, g1uT);
      double[] expected = new double[k];
      expected[0] = 1;
      for (int a = 1; a < k; a++) {
        expected[a] = tail[a - 1];
        expected[0] -= tail[a - 1];
      }
      assertThat(alpha(g)).as("trial %d", trial).containsExactly(expected, within(1e-7 * (1 + maxAbs(expected))));
    }
  }

  @Test
  void projectionsOntoEveryUnitGradientAreEqual() {
    Random r = new Random(2);
    for (int trial = 0; trial < 50; trial++) {
      double[][] g = Vectors.random(r, 4, 9);
      double[] d = Vectors.direction(new ImtlG(), g);
      double first = Vectors.dot(d, g[0]) / Vectors.norm(g[0]);
      for (double[] gk : g) {
        assertThat(Vectors.dot(d, gk) / Vectors.norm(gk)).isCloseTo(first, within(1e-8 * Vectors.norm(d)));
      }
    }
  }

  @Test
  void neverIncreasesEitherLossForTwoTasks() {
    // K = 2: α = (||g₂||, ||g₁||)/(||g₁|| + ||g₂||) ≥ 0, so d·u_k = ||d||²/(α₁||g₁|| + α₂||g₂||) ≥ 0
    Random r = new Random(6);
    for (int trial = 0; trial < 100; trial++) {
      double[][] g = Vectors.random(r, 2, 5);
      double[] d = Vectors.direction(new ImtlG(), g);
      assertThat(Vectors.dot(d, g[0])).isGreaterThanOrEqualTo(-1e-12);
      assertThat(Vectors.dot(d, g[1])).isGreaterThanOrEqualTo(-1e-12);
    }
  }

  @Test
  void taskOrderOnlyPermutesAlpha() {
    Random r = new Random(9);
    for (int trial = 0; trial < 30; trial++) {
      double[][] g = Vectors.random(r, 3, 6);
      double[] a = alpha(g);
      double[] p = alpha(Vectors.permute(g, new int[] {1, 2, 0}));
      assertThat(p).containsExactly(new double[] {a[1], a[2], a[0]}, within(1e-9 * (1 + maxAbs(a))));
    }
  }

  @Test
  void oneTaskZeroGradientAndIdenticalGradients() {
    assertThat(alpha(new double[][] {{2, -1}})).containsExactly(1.0);
    // a zero gradient has no direction: it gets 0, the rest are solved alone
    assertThat(alpha(new double[][] {{2, -1, 0}, {0, 0, 0}, {1, 3, 1}})[1]).isZero();
    assertThat(alpha(new double[][] {{2, -1}, {0, 0}})).containsExactly(1.0, 0.0);
    assertThat(alpha(new double[][] {{0, 0}, {0, 0}})).containsExactly(0.5, 0.5);
    // identical gradients satisfy every condition: the symmetric α = 1/K, d = g
    assertThat(alpha(new double[][] {{1, 2, 2}, {1, 2, 2}, {1, 2, 2}})).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    // same direction, different lengths: equal projections hold for any α; nearest to 1/K is 1/K
    assertThat(alpha(new double[][] {{1, 2}, {3, 6}})).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
  }

  private static double[] minus(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}

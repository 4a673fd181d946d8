package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MgdaTest {
  private static final double[][] J = {{-4, 1, 1}, {6, 1, 1}};

  private static Combination combine(double[][] g) {
    return new Mgda().combine(Setups.gradients(g));
  }

  @Test
  void publishedTwoTaskExample() {
    // M = [[18, −22], [−22, 38]]: α₁ = (M₂₂ − M₁₂)/(M₁₁ + M₂₂ − 2M₁₂) = 60/100 = 0.6 → d = 0.6g₁ + 0.4g₂ = (0, 1, 1)
    Combination c = combine(J);
    assertThat(c.weights()).containsExactly(new double[] {0.6, 0.4}, within(1e-12));
    assertThat(c.coefficients()).containsExactly(c.weights());
    // heads keep training on their own losses (Sener & Koltun 2018, Algorithm 2)
    assertThat(c.headWeights()).containsExactly(1.0, 1.0);
    assertThat(Vectors.combine(c.coefficients(), J)).containsExactly(new double[] {0, 1, 1}, within(1e-12));
  }

  @Test
  void frankWolfeMatchesTheExactMinNormPointForThreeToSixTasks() {
    // second implementation: enumerate the supports S of α and solve the KKT system
    // M_SS α_S = μ·1, Σα_S = 1; the feasible one (α ≥ 0) with least norm wins.
    // Fewer parameters than tasks (p < k) often puts 0 inside the hull: the hard case for Frank–Wolfe.
    Random r = new Random(21);
    for (int trial = 0; trial < 400; trial++) {
      int k = 3 + r.nextInt(4);
      double[][] g = Vectors.random(r, k, 2 + r.nextInt(k + 3));
      double[] exact = exactMinNorm(Vectors.gram(g));
      double[] ours = combine(g).weights();
      double scale = Vectors.norm(g[0]);
      for (double[] row : g) {
        scale = Math.max(scale, Vectors.norm(row));
      }
      assertThat(Vectors.combine(ours, g)).as("trial %d", trial).containsExactly(Vectors.combine(exact, g), within(1e-7 * scale));
      double sum = 0;
      for (double a : ours) {
        assertThat(a).isGreaterThanOrEqualTo(0);
        sum += a;
      }
      assertThat(sum).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void neverIncreasesAnyTaskLossToFirstOrder() {
    // the min-norm point d satisfies d·g_k ≥ ||d||² for every k (optimality on the simplex)
    Random r = new Random(4);
    for (int trial = 0; trial < 200; trial++) {
      int k = 2 + r.nextInt(4);
      double[][] g = Vectors.random(r, k, 8);
      double[] d = Vectors.direction(new Mgda(), g);
      for (double[] gk : g) {
        assertThat(Vectors.dot(gk, d)).isGreaterThanOrEqualTo(Vectors.dot(d, d) * (1 - 1e-6) - 1e-9);
      }
    }
  }

  @Test
  void taskOrderDoesNotChangeTheDirection() {
    Random r = new Random(8);
    for (int trial = 0; trial < 50; trial++) {
      double[][] g = Vectors.random(r, 4, 6);
      double[] d = Vectors.direction(new Mgda(), g);
      double[] p = Vectors.direction(new Mgda(), Vectors.permute(g, new int[] {2, 0, 3, 1}));
      assertThat(p).containsExactly(d, within(1e-7 * (1 + Vectors.norm(d))));
    }
  }

  @Test
  void oneTaskZeroGradientAndIdenticalGradients() {
    assertThat(combine(new double[][] {{3, -1}}).weights()).containsExactly(1.0);
    // a zero gradient is the min-norm point: Pareto-stationary, no step on the shared part
    assertThat(Vectors.direction(new Mgda(), new double[][] {{1, 2}, {0, 0}})).containsExactly(new double[] {0, 0}, within(1e-12));
    assertThat(Vectors.direction(new Mgda(), new double[][] {{1, 2}, {0, 0}, {3, 1}})).containsExactly(new double[] {0, 0}, within(1e-9));
    // identical gradients: any α gives g; the symmetric start 1/K stays
    double[][] same = {{1, -2, 3}, {1, -2, 3}, {1, -2, 3}};
    assertThat(combine(same).weights()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    assertThat(combine(new double[][] {{1, -2}, {1, -2}}).weights()).containsExactly(0.5, 0.5);
  }

  @Test
  void nonFiniteGradientsGiveNaNInsteadOfAnException() {
    // NaN for the task whose gradient is not finite, so that the trainer names it
    double[] c = combine(new double[][] {{Double.NaN, 1}, {1, 1}, {0, 1}}).coefficients();
    assertThat(c[0]).isNaN();
    assertThat(c[1]).isFinite();
  }

  static double[] exactMinNorm(double[][] m) {
    int k = m.length;
    double[] best = null;
    double bestNorm = Double.POSITIVE_INFINITY;
    for (int subset = 1; subset < (1 << k); subset++) {
      int mask = subset;
      int[] s = java.util.stream.IntStream.range(0, k).filter(i -> (mask & (1 << i)) != 0).toArray();
      int n = s.length;
      double[][] a = new double[n + 1][n + 1];
      double[] b = new double[n + 1];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] = m[s[i]][s[j]];
        }
        a[i][n] = -1;
        a[n][i] = 1;
      }
      b[n] = 1;
      double[] x = Vectors.solve(a, b);
      if (x == null) {
        continue;
      }
      double[] alpha = new double[k];
      boolean feasible = true;
      for (int i = 0; i < n; i++) {
        alpha[s[i]] = x[i];
        feasible &= x[i] >= -1e-12;
      }
      if (!feasible) {
        continue;
      }
      double norm = Vectors.dot(alpha, Grams.times(m, alpha));
      if (norm < bestNorm - 1e-15) {
        bestNorm = norm;
        best = alpha;
      }
    }
    return best;
  }
}

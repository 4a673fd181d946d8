package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DualConeTest {

  /**
   * Second implementation: every subset F of free variables, its equality solution
   * (Mv)_F = 0 with v = u elsewhere, kept when it satisfies all optimality conditions
   * (v ≥ u, multipliers (Mv)_i ≥ 0 on the bounds); the best such point.
   */
  static double[] bruteForce(double[][] m, double[] u) {
    int k = u.length;
    double[] best = null;
    double bestValue = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < 1 << k; mask++) {
      int bits = mask;
      int[] f = java.util.stream.IntStream.range(0, k).filter(i -> ((bits >> i) & 1) == 1).toArray();
      double[] v = u.clone();
      if (f.length > 0) {
        double[][] a = new double[f.length][f.length];
        double[] b = new double[f.length];
        for (int r = 0; r < f.length; r++) {
          for (int c = 0; c < f.length; c++) {
            a[r][c] = m[f[r]][f[c]];
          }
          for (int j = 0; j < k; j++) {
            if (((mask >> j) & 1) == 0) {
              b[r] -= m[f[r]][j] * u[j];
            }
          }
        }
        double[] x = Vectors.solve(a, b);
        if (x == null) {
          continue;
        }
        for (int r = 0; r < f.length; r++) {
          v[f[r]] = x[r];
        }
      }
      double[] mv = Grams.times(m, v);
      boolean ok = true;
      for (int i = 0; i < k; i++) {
        ok &= v[i] >= u[i] - 1e-12 && mv[i] >= -1e-12;
      }
      double value = Vectors.dot(v, mv);
      if (ok && value < bestValue) {
        best = v;
        bestValue = value;
      }
    }
    return best;
  }

  @Test
  void matchesTheBruteForceOptimumOnRandomProblems() {
    Random r = new Random(21);
    for (int trial = 0; trial < 300; trial++) {
      int k = 2 + r.nextInt(5);
      double[][] g = Vectors.random(r, k, 1 + r.nextInt(k + 2));
      double[][] m = DualCone.regularized(Vectors.gram(g), 1e-4);
      double[] u = new double[k];
      for (int i = 0; i < k; i++) {
        u[i] = r.nextInt(3) == 0 ? 0 : r.nextDouble();
      }
      double[] expected = bruteForce(m, u);
      assertThat(DualCone.project(m, u)).as("trial %d", trial).containsExactly(expected, within(1e-9));
    }
  }

  @Test
  void aCombinationAlreadyInTheConeStaysAsItIs() {
    // g₁·g₂ > 0: both gradients and every non-negative combination lie in the dual cone
    double[][] m = DualCone.regularized(Vectors.gram(new double[][] {{1, 2, 0}, {2, 1, 1}}), 0);
    assertThat(DualCone.project(m, new double[] {0.3, 0.7})).containsExactly(0.3, 0.7);
    assertThat(DualCone.project(m, new double[] {1, 0})).containsExactly(1, 0);
  }

  @Test
  void theTraceNormalisationMakesTheResultScaleFree() {
    double[][] g = {{-4, 1, 1}, {6, 1, 1}};
    double[][] gram = Vectors.gram(g);
    double[][] big = new double[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        big[i][j] = 1e6 * gram[i][j];
      }
    }
    for (int i = 0; i < 2; i++) {
      assertThat(DualCone.regularized(big, 1e-4)[i]).containsExactly(DualCone.regularized(gram, 1e-4)[i], within(1e-15));
    }
    // trace 56: [[18, −22], [−22, 38]]/56 + 10⁻⁴ I
    assertThat(DualCone.regularized(gram, 1e-4)[0][0]).isCloseTo(18 / 56.0 + 1e-4, within(1e-15));
    assertThat(DualCone.regularized(new double[2][2], 1e-4)[1][1]).isEqualTo(1e-4);
  }
}

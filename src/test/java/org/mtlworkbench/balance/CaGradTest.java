package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CaGradTest {

  private static double[] direction(double c, double[][] g) {
    Combination comb = new CaGrad(c).combine(Setups.gradients(g));
    assertThat(comb.weights()).containsOnly(1.0);
    return Vectors.combine(comb.coefficients(), g);
  }

  /** The paper's direction from given dual weights w, on vectors: g₀ + c·||g₀||·g_w/||g_w||. */
  private static double[] fromDual(double c, double[][] g, double[] w) {
    int k = g.length;
    double[] g0 = Vectors.combine(uniform(k), g);
    double[] gw = Vectors.combine(w, g);
    double scale = c * Vectors.norm(g0) / Vectors.norm(gw);
    double[] d = g0.clone();
    for (int j = 0; j < d.length; j++) {
      d[j] += scale * gw[j];
    }
    return d;
  }

  /** The dual objective F(w) = g_w·g₀ + c·||g₀||·||g_w|| on vectors. */
  private static double dual(double c, double[][] g, double[] w) {
    double[] g0 = Vectors.combine(uniform(g.length), g);
    double[] gw = Vectors.combine(w, g);
    return Vectors.dot(gw, g0) + c * Vectors.norm(g0) * Vectors.norm(gw);
  }

  @Test
  void twoTasksMatchAGoldenSectionSearchOfTheDual() {
    // second implementation for K = 2: w = (t, 1 − t), F convex in t, golden-section search on [0, 1]
    Random r = new Random(3);
    for (int trial = 0; trial < 60; trial++) {
      double[][] g = trial == 0 ? new double[][] {{-4, 1, 1}, {6, 1, 1}} : Vectors.random(r, 2, 6);
      double c = new double[] {0.5, 0.2, 0.9}[trial % 3];
      double lo = 0;
      double hi = 1;
      double phi = (Math.sqrt(5) - 1) / 2;
      for (int i = 0; i < 200; i++) {
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        if (dual(c, g, new double[] {a, 1 - a}) <= dual(c, g, new double[] {b, 1 - b})) {
          hi = b;
        } else {
          lo = a;
        }
      }
      double t = (lo + hi) / 2;
      double[] expected = fromDual(c, g, new double[] {t, 1 - t});
      assertThat(direction(c, g)).as("trial %d", trial).containsExactly(expected, within(1e-6 * Vectors.norm(expected)));
    }
  }

  @Test
  void threeTasksSolveTheDualAtLeastAsWellAsAFineGrid() {
    // second implementation for K = 3: F on a grid of step 1/400 over the simplex; our d must
    // come from weights whose F is no worse, and it must lie on the sphere ||d − g₀|| = c||g₀||
    Random r = new Random(5);
    double c = 0.5;
    for (int trial = 0; trial < 10; trial++) {
      double[][] g = Vectors.random(r, 3, 5);
      double best = Double.POSITIVE_INFINITY;
      int n = 400;
      for (int i = 0; i <= n; i++) {
        for (int j = 0; i + j <= n; j++) {
          best = Math.min(best, dual(c, g, new double[] {i / (double) n, j / (double) n, (n - i - j) / (double) n}));
        }
      }
      Combination comb = new CaGrad(c).combine(Setups.gradients(g));
      // coefficients are 1/K + λw: recover w (it sums to 1)
      double[] w = new double[3];
      double lambda = 0;
      for (int k = 0; k < 3; k++) {
        w[k] = comb.coefficients()[k] - 1 / 3.0;
        lambda += w[k];
      }
      for (int k = 0; k < 3; k++) {
        w[k] /= lambda;
      }
      assertThat(dual(c, g, w)).isLessThanOrEqualTo(best + 1e-12 * Math.abs(best));
      double[] d = Vectors.combine(comb.coefficients(), g);
      double[] g0 = Vectors.combine(uniform(3), g);
      double[] offset = d.clone();
      for (int j = 0; j < d.length; j++) {
        offset[j] -= g0[j];
      }
      assertThat(Vectors.norm(offset)).isCloseTo(c * Vectors.norm(g0), within(1e-9 * Vectors.norm(g0)));
    }
  }

  @Test
  void noDirectionInTheBallDoesBetterForTheWorstTask() {
    // the primal: d maximises min_k g_k·d over ||d − g₀|| ≤ c||g₀||; try 20000 random points of the sphere
    Random r = new Random(7);
    double c = 0.5;
    for (int trial = 0; trial < 5; trial++) {
      double[][] g = Vectors.random(r, 4, 6);
      double[] d = direction(c, g);
      double ours = worst(g, d);
      double[] g0 = Vectors.combine(uniform(4), g);
      double radius = c * Vectors.norm(g0);
      for (int s = 0; s < 20000; s++) {
        double[] v = new double[g0.length];
        for (int j = 0; j < v.length; j++) {
          v[j] = r.nextGaussian();
        }
        double nv = Vectors.norm(v);
        double[] other = g0.clone();
        for (int j = 0; j < v.length; j++) {
          other[j] += radius * v[j] / nv;
        }
        assertThat(worst(g, other)).isLessThanOrEqualTo(ours + 1e-9 * Math.abs(ours));
      }
    }
  }

  @Test
  void cZeroIsTheMeanGradientAndOneTaskIsScaledByOnePlusC() {
    double[][] g = {{1, 2, 0}, {-3, 1, 1}};
    assertThat(direction(0.0, g)).containsExactly(new double[] {-1, 1.5, 0.5}, within(1e-12));
    // K = 1: g₀ = g, w = 1, d = g + c·||g||·g/||g|| = (1 + c)g
    assertThat(direction(0.5, new double[][] {{2, -4}})).containsExactly(new double[] {3, -6}, within(1e-9));
  }

  @Test
  void identicalAndZeroGradients() {
    // identical: g_w = g for every w, d = (1 + c)g; the weights stay symmetric
    Combination same = new CaGrad(0.5).combine(Setups.gradients(new double[][] {{1, 2}, {1, 2}, {1, 2}}));
    assertThat(same.coefficients()).containsExactly(new double[] {0.5, 0.5, 0.5}, within(1e-9));
    // (g, 0): F(w) = w₁(||g||²/2 + c||g||²/2) is least at w = (0, 1), where g_w = 0: d = g₀ = g/2
    assertThat(direction(0.5, new double[][] {{2, 2}, {0, 0}})).containsExactly(new double[] {1, 1}, within(1e-9));
    assertThat(direction(0.5, new double[][] {{0, 0}, {0, 0}})).containsExactly(0.0, 0.0);
  }

  @Test
  void taskOrderDoesNotChangeTheDirection() {
    Random r = new Random(10);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = Vectors.random(r, 4, 7);
      double[] d = direction(0.5, g);
      double[] p = direction(0.5, Vectors.permute(g, new int[] {3, 1, 0, 2}));
      assertThat(p).containsExactly(d, within(1e-7 * Vectors.norm(d)));
    }
  }

  private static double worst(double[][] g, double[] d) {
    double w = Double.POSITIVE_INFINITY;
    for (double[] gk : g) {
      w = Math.min(w, Vectors.dot(gk, d));
    }
    return w;
  }

  private static double[] uniform(int k) {
    double[] u = new double[k];
    java.util.Arrays.fill(u, 1.0 / k);
    return u;
  }
}

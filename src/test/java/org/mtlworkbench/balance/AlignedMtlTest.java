package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignedMtlTest {

  private static double[] coefficients(double[][] g) {
    Combination c = new AlignedMtl().combine(Setups.gradients(g));
    assertThat(c.weights()).containsOnly(1.0);
    return c.coefficients();
  }

  @Test
  void twoTasksMatchTheClosedFormSquareRootOfATwoByTwoMatrix() {
    // second implementation for K = 2: for a 2×2 positive definite A, √A = (A + √det·I)/√(tr + 2√det),
    // λ_min = (tr − √(tr² − 4det))/2; B = √λ_min·(√A)⁻¹ and the coefficients are B·1.
    // J = [[-4, 1, 1], [6, 1, 1]]: A = [[18, −22], [−22, 38]], tr = 56, det = 200, λ_min = 3.8337
    Random r = new Random(31);
    for (int trial = 0; trial < 40; trial++) {
      double[][] g = trial == 0 ? new double[][] {{-4, 1, 1}, {6, 1, 1}} : Vectors.random(r, 2, 4);
      double[][] a = Vectors.gram(g);
      double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
      double tr = a[0][0] + a[1][1];
      double s = Math.sqrt(det);
      double t = Math.sqrt(tr + 2 * s);
      double[][] root = {{(a[0][0] + s) / t, a[0][1] / t}, {a[1][0] / t, (a[1][1] + s) / t}};
      double rootDet = root[0][0] * root[1][1] - root[0][1] * root[1][0];
      double lambdaMin = (tr - Math.sqrt(tr * tr - 4 * det)) / 2;
      double f = Math.sqrt(lambdaMin) / rootDet;
      double[] expected = {f * (root[1][1] - root[0][1]), f * (root[0][0] - root[1][0])};
      assertThat(coefficients(g)).as("trial %d", trial).containsExactly(expected, within(1e-9 * (1 + Math.abs(expected[0]) + Math.abs(expected[1]))));
    }
  }

  @Test
  void theAlignedSystemIsOrthogonalWithEqualNormsForMoreTasks() {
    // second implementation for K = 3, 4: A^{-1/2} by the Denman–Beavers iteration
    // (Y ← (Y + Z⁻¹)/2, Z ← (Z + Y⁻¹)/2 from Y = A, Z = I; Z → A^{-1/2}), λ_min by power iteration
    // on A⁻¹; Ĝ = √λ_min·A^{-1/2}·G must have ĜĜᵀ = λ_min·I and our d must equal Σ_k ĝ_k.
    Random r = new Random(32);
    for (int trial = 0; trial < 20; trial++) {
      int k = 3 + r.nextInt(2);
      double[][] g = Vectors.random(r, k, k + 3);
      double[][] a = Vectors.gram(g);
      double[][] y = copy(a);
      double[][] z = identity(k);
      for (int it = 0; it < 60; it++) {
        double[][] yi = inverse(y);
        double[][] zi = inverse(z);
        y = average(y, zi);
        z = average(z, yi);
      }
      double[][] ai = inverse(a);
      double[] v = new double[k];
      java.util.Arrays.fill(v, 1.0);
      double top = 0;
      for (int it = 0; it < 5000; it++) {
        double[] w = Grams.times(ai, v);
        top = Vectors.norm(w);
        for (int i = 0; i < k; i++) {
          v[i] = w[i] / top;
        }
      }
      double lambdaMin = 1 / top;
      double[][] aligned = new double[k][];
      for (int i = 0; i < k; i++) {
        double[] row = z[i].clone();
        for (int j = 0; j < k; j++) {
          row[j] *= Math.sqrt(lambdaMin);
        }
        aligned[i] = Vectors.combine(row, g);
      }
      double[][] check = Vectors.gram(aligned);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          assertThat(check[i][j]).isCloseTo(i == j ? lambdaMin : 0.0, within(1e-8 * lambdaMin));
        }
      }
      double[] expected = new double[g[0].length];
      for (double[] row : aligned) {
        for (int j = 0; j < expected.length; j++) {
          expected[j] += row[j];
        }
      }
      assertThat(Vectors.direction(new AlignedMtl(), g)).as("trial %d", trial).containsExactly(expected, within(1e-8 * Vectors.norm(expected)));
    }
  }

  @Test
  void orthogonalEquallyLongAndIdenticalGradientsAreLeftAsEqualWouldSumThem() {
    assertThat(coefficients(new double[][] {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}})).containsExactly(new double[] {1, 1, 1}, within(1e-12));
    // identical: GGᵀ = ||g||²·11ᵀ has one eigenvalue K||g||² with v = 1/√K: B = vvᵀ, B·1 = 1
    assertThat(coefficients(new double[][] {{1, 2}, {1, 2}, {1, 2}})).containsExactly(new double[] {1, 1, 1}, within(1e-12));
    assertThat(coefficients(new double[][] {{5, -1}})).containsExactly(new double[] {1}, within(1e-12));
  }

  @Test
  void rankDeficientSystemsUseTheNonZeroEigenvalues() {
    // (g, 0): one eigenvalue ||g||² with v = e₁ → c = (1, 0), d = g
    assertThat(coefficients(new double[][] {{3, 4}, {0, 0}})).containsExactly(new double[] {1, 0}, within(1e-12));
    // g₂ = 3g₁ with g₁ = (1, 2): GGᵀ = [[5, 15], [15, 45]], eigenvalue 50 with v = (1, 3)/√10;
    // B = vvᵀ, c = v·(v·1) = (1, 3)·4/10 = (0.4, 1.2), d = 0.4g₁ + 1.2g₂ = 4g₁
    assertThat(coefficients(new double[][] {{1, 2}, {3, 6}})).containsExactly(new double[] {0.4, 1.2}, within(1e-12));
    assertThat(coefficients(new double[][] {{0, 0}, {0, 0}})).containsExactly(0.0, 0.0);
  }

  @Test
  void taskOrderOnlyPermutesTheCoefficientsAndScaleDoesNotMatter() {
    Random r = new Random(33);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = Vectors.random(r, 3, 6);
      double[] c = coefficients(g);
      double[] p = coefficients(Vectors.permute(g, new int[] {2, 0, 1}));
      assertThat(p).containsExactly(new double[] {c[2], c[0], c[1]}, within(1e-9));
      double[][] scaled = new double[3][];
      for (int i = 0; i < 3; i++) {
        scaled[i] = g[i].clone();
        for (int j = 0; j < scaled[i].length; j++) {
          scaled[i][j] *= 1000;
        }
      }
      assertThat(coefficients(scaled)).containsExactly(c, within(1e-9));
    }
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  private static double[][] identity(int k) {
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  private static double[][] average(double[][] a, double[][] b) {
    double[][] m = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        m[i][j] = (a[i][j] + b[i][j]) / 2;
      }
    }
    return m;
  }

  private static double[][] inverse(double[][] a) {
    int k = a.length;
    double[][] inv = new double[k][];
    for (int col = 0; col < k; col++) {
      double[] e = new double[k];
      e[col] = 1;
      double[] x = Vectors.solve(a, e);
      inv[col] = x;
    }
    // columns were solved; transpose back (A symmetric iterates keep this harmless, but be exact)
    double[][] t = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        t[i][j] = inv[j][i];
      }
    }
    return t;
  }
}

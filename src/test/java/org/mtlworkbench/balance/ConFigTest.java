package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ConFigTest {

  private static double[] direction(double[][] g) {
    Combination c = new ConFig().combine(Setups.gradients(g));
    assertThat(c.weights()).containsOnly(1.0);
    return Vectors.combine(c.coefficients(), g);
  }

  /**
   * Second implementation, Liu, Chu &amp; Thuerey 2024 eq. 2 on the vectors: unit rows U, v the
   * least-squares solution of Uv = 1 of least norm (Uᵀ(UUᵀ)⁻¹1 when K ≤ P, (UᵀU)⁻¹Uᵀ1 when the
   * columns are independent), d = (Σ_k g_k·v̂)·v̂.
   */
  static double[] paper(double[][] g) {
    int k = g.length;
    int p = g[0].length;
    double[][] u = new double[k][p];
    for (int i = 0; i < k; i++) {
      double n = Vectors.norm(g[i]);
      for (int j = 0; j < p; j++) {
        u[i][j] = g[i][j] / n;
      }
    }
    double[] v = new double[p];
    if (k <= p) {
      double[] a = Vectors.solve(Vectors.gram(u), ones(k));
      v = Vectors.combine(a, u);
    } else {
      double[][] utu = new double[p][p];
      double[] ut1 = new double[p];
      for (int i = 0; i < p; i++) {
        for (int j = 0; j < p; j++) {
          for (int r = 0; r < k; r++) {
            utu[i][j] += u[r][i] * u[r][j];
          }
        }
        for (int r = 0; r < k; r++) {
          ut1[i] += u[r][i];
        }
      }
      v = Vectors.solve(utu, ut1);
    }
    double norm = Vectors.norm(v);
    if (norm == 0) {
      return new double[p]; // 1 is orthogonal to the rows' span (opposed gradients): TorchJD's normalize gives 0
    }
    double length = 0;
    for (double[] gi : g) {
      length += Vectors.dot(gi, v) / norm;
    }
    double[] d = new double[p];
    for (int j = 0; j < p; j++) {
      d[j] = length * v[j] / norm;
    }
    return d;
  }

  private static double[] ones(int k) {
    double[] o = new double[k];
    java.util.Arrays.fill(o, 1.0);
    return o;
  }

  @Test
  void publishedValueOfTorchJd() {
    // TorchJD tests/unit/aggregation/test_values.py: ConFIG() on J_base gives [0.1588, 2.0706, 2.0706]
    assertThat(direction(UpGradTest.J)).containsExactly(new double[] {0.1588, 2.0706, 2.0706}, within(1e-4));
  }

  @Test
  void matchesThePapersFormulaOnVectors() {
    Random r = new Random(51);
    for (int trial = 0; trial < 100; trial++) {
      int k = 2 + r.nextInt(4);
      int p = trial % 3 == 0 ? Math.max(1, k - 1) : k + r.nextInt(4);
      double[][] g = Vectors.random(r, k, p);
      double[] expected = paper(g);
      assertThat(direction(g)).as("trial %d k %d p %d", trial, k, p).containsExactly(expected, within(1e-8 * (1 + Vectors.norm(expected))));
    }
  }

  @Test
  void makesTheSameAngleWithEveryGradient() {
    Random r = new Random(52);
    for (int trial = 0; trial < 50; trial++) {
      int k = 2 + r.nextInt(4);
      double[][] g = Vectors.random(r, k, k + r.nextInt(4));
      double[] d = direction(g);
      double first = Vectors.dot(d, g[0]) / (Vectors.norm(d) * Vectors.norm(g[0]));
      assertThat(first).isPositive();
      for (double[] gk : g) {
        assertThat(Vectors.dot(d, gk) / (Vectors.norm(d) * Vectors.norm(gk))).isCloseTo(first, within(1e-9));
      }
    }
  }

  @Test
  void aZeroGradientIsLeftOut() {
    double[][] with = {{1, 2, 0}, {0, 0, 0}, {-1, 1, 2}};
    double[][] without = {{1, 2, 0}, {-1, 1, 2}};
    assertThat(new ConFig().combine(Setups.gradients(with)).coefficients()[1]).isZero();
    assertThat(direction(with)).containsExactly(direction(without), within(1e-12));
  }
}

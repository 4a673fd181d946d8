package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcGradTest {

  private static double[] direction(PcGrad p, double[][] g) {
    TaskGradients tg = TaskGradients.of(g);
    Combination c = p.combine(new StepContext(0, 0, new double[g.length], tg));
    return tg.combine(c.coefficients()).toDoubleVector();
  }

  @Test
  void publishedTwoTaskExample() {
    // J = [[-4, 1, 1], [6, 1, 1]]: g1·g2 = -22 < 0, so both are projected:
    // g1' = g1 + 22/38 g2 = (-0.5263, 1.5789, 1.5789); g2' = g2 + 22/18 g1 = (1.1111, 2.2222, 2.2222)
    // sum = (0.5848, 3.8012, 3.8012)
    double[] d = direction(new PcGrad(1), new double[][] {{-4, 1, 1}, {6, 1, 1}});
    assertThat(d[0]).isCloseTo(0.5848, within(1e-4));
    assertThat(d[1]).isCloseTo(3.8012, within(1e-4));
    assertThat(d[2]).isCloseTo(3.8012, within(1e-4));
  }

  @Test
  void leavesNonConflictingGradientsAlone() {
    double[][] g = {{1, 2, 0}, {2, 1, 1}, {0, 1, 3}};
    double[] d = direction(new PcGrad(7), g);
    assertThat(d).containsExactly(new double[] {3, 4, 4}, within(1e-9));
  }

  @Test
  void singleTaskAndZeroGradient() {
    assertThat(direction(new PcGrad(3), new double[][] {{1, -2}})).containsExactly(new double[] {1, -2}, within(1e-12));
    double[] d = direction(new PcGrad(3), new double[][] {{1, -2}, {0, 0}});
    assertThat(d).containsExactly(new double[] {1, -2}, within(1e-12));
  }

  @Test
  void identicalGradientsAreSummed() {
    double[] d = direction(new PcGrad(3), new double[][] {{1, -2, 3}, {1, -2, 3}});
    assertThat(d).containsExactly(new double[] {2, -4, 6}, within(1e-9));
  }

  @Test
  void matchesExplicitVectorProjectionForSomeOrder() {
    // A second, plain implementation from Algorithm 1 of Yu et al. (2020), working on vectors;
    // the random order is the only freedom, so our result must equal one of the 2^3 outcomes.
    Random r = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = new double[3][5];
      for (double[] row : g) {
        for (int j = 0; j < row.length; j++) {
          row[j] = r.nextGaussian();
        }
      }
      double[] ours = direction(new PcGrad(trial), g);
      List<double[]> outcomes = explicitOutcomes(g);
      assertThat(outcomes).anySatisfy(o -> assertThat(ours).containsExactly(o, within(1e-9)));
    }
  }

  @Test
  void neverIncreasesAnyTaskLossToFirstOrderForTwoTasks() {
    // Yu et al. Theorem 1 setting: for K = 2 the PCGrad update has g_i·d ≥ 0 for both tasks.
    Random r = new Random(5);
    for (int trial = 0; trial < 50; trial++) {
      double[][] g = new double[2][4];
      for (double[] row : g) {
        for (int j = 0; j < row.length; j++) {
          row[j] = r.nextGaussian();
        }
      }
      double[] d = direction(new PcGrad(trial), g);
      for (double[] gi : g) {
        assertThat(dot(gi, d)).isGreaterThanOrEqualTo(-1e-9);
      }
    }
  }

  private static List<double[]> explicitOutcomes(double[][] g) {
    int[][] orders = {{1, 2}, {2, 1}, {0, 2}, {2, 0}, {0, 1}, {1, 0}};
    List<double[]> out = new ArrayList<>();
    for (int a = 0; a < 2; a++) {
      for (int b = 2; b < 4; b++) {
        for (int c = 4; c < 6; c++) {
          int[][] chosen = {orders[a], orders[b], orders[c]};
          double[] sum = new double[g[0].length];
          for (int i = 0; i < 3; i++) {
            double[] gi = g[i].clone();
            for (int j : chosen[i]) {
              double dot = dot(gi, g[j]);
              if (dot < 0) {
                double s = dot / dot(g[j], g[j]);
                for (int m = 0; m < gi.length; m++) {
                  gi[m] -= s * g[j][m];
                }
              }
            }
            for (int m = 0; m < sum.length; m++) {
              sum[m] += gi[m];
            }
          }
          out.add(sum);
        }
      }
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GradVacTest {

  /**
   * Second implementation for two tasks (where the visiting order does not matter), on the
   * vectors, after Wang et al. 2021 Algorithm 1: targets φ start at 0 and follow the observed
   * cosines with rate β; g_i' gets a multiple of g_j whenever its cosine is below φ_ij.
   */
  static final class TwoTasks {
    private final double beta;
    private final double[][] phi = new double[2][2];

    TwoTasks(double beta) {
      this.beta = beta;
    }

    double[] step(double[][] g) {
      double[] d = new double[g[0].length];
      for (int i = 0; i < 2; i++) {
        int j = 1 - i;
        double[] gi = g[i].clone();
        double rho = Vectors.dot(gi, g[j]) / (Vectors.norm(gi) * Vectors.norm(g[j]));
        double t = phi[i][j];
        if (rho < t) {
          double w = Vectors.norm(gi) * (t * Math.sqrt(1 - rho * rho) - rho * Math.sqrt(1 - t * t))
              / (Vectors.norm(g[j]) * Math.sqrt(1 - t * t));
          for (int p = 0; p < gi.length; p++) {
            gi[p] += w * g[j][p];
          }
        }
        phi[i][j] = (1 - beta) * t + beta * rho;
        for (int p = 0; p < d.length; p++) {
          d[p] += gi[p];
        }
      }
      return d;
    }
  }

  @Test
  void matchesThePapersRuleOverSeveralSteps() {
    Random r = new Random(71);
    for (double beta : new double[] {0.5, 0.01, 1}) {
      GradVac s = new GradVac(2, beta, 4);
      TwoTasks expected = new TwoTasks(beta);
      for (int step = 0; step < 20; step++) {
        double[][] g = Vectors.random(r, 2, 6);
        double[] want = expected.step(g);
        assertThat(Vectors.direction(s, g)).as("beta %s step %d", beta, step).containsExactly(want, within(1e-10 * (1 + Vectors.norm(want))));
      }
    }
  }

  @Test
  void theFirstStepIsPcGrad() {
    // every target starts at 0: a pair is adjusted only when its cosine is negative, by the
    // projection onto the other gradient's normal plane
    Random r = new Random(72);
    for (int trial = 0; trial < 30; trial++) {
      double[][] g = Vectors.random(r, 2, 5);
      double[] pc = Vectors.direction(new PcGrad(1), g);
      assertThat(Vectors.direction(new GradVac(2, 0.5, 1), g)).containsExactly(pc, within(1e-10 * (1 + Vectors.norm(pc))));
    }
  }

  @Test
  void anAdjustedGradientReachesItsTargetSimilarity() {
    // β = 1: each target becomes the pair's last cosine. Step 1 at cos 0.8 sets φ = 0.8; at step 2
    // two unit gradients at cos −0.3 are each raised to cos 0.8 with the other. The coefficients
    // are c = (1 + w₂, 1 + w₁) with g₁' = g₁ + w₁g₂ (w₁ = w₂ by symmetry).
    GradVac s = new GradVac(2, 1.0, 1);
    s.combine(Setups.gradients(new double[][] {{1, 0, 0}, {0.8, 0.6, 0}}));
    double[][] g = {{1, 0, 0}, {-0.3, Math.sqrt(1 - 0.09), 0}};
    double[] c = s.combine(Setups.gradients(g)).coefficients();
    double w = c[1] - 1;
    assertThat(c[0] - 1).isCloseTo(w, within(1e-12));
    double[] g1 = {g[0][0] + w * g[1][0], g[0][1] + w * g[1][1], 0};
    assertThat(Vectors.dot(g1, g[1]) / (Vectors.norm(g1) * Vectors.norm(g[1]))).isCloseTo(0.8, within(1e-12));
  }
}

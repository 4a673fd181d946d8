package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExcessMtlTest {

  @Test
  void matchesTheAuthorsRuleOnVectors() {
    // second implementation, He et al. 2024 as in the authors' code: AdaGrad accumulator per task
    // and parameter, e_k = Σ_j g_kj²/√(acc_kj + 10⁻⁷), first e sets the scale, then
    // λ_k ← λ_k·exp(η·e_k/e_k(1)) renormalised to sum K
    Random r = new Random(94);
    double eta = 0.05;
    ExcessMtl s = new ExcessMtl(3, eta);
    double[][] acc = new double[3][4];
    double[] first = null;
    double[] lambda = {1, 1, 1};
    for (int step = 0; step < 6; step++) {
      double[][] g = Vectors.random(r, 3, 4);
      double[] e = new double[3];
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j < 4; j++) {
          acc[k][j] += g[k][j] * g[k][j];
          e[k] += g[k][j] * g[k][j] / Math.sqrt(acc[k][j] + 1e-7);
        }
      }
      if (first == null) {
        first = e;
      } else {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          lambda[k] *= Math.exp(eta * e[k] / first[k]);
          sum += lambda[k];
        }
        for (int k = 0; k < 3; k++) {
          lambda[k] *= 3 / sum;
        }
      }
      Combination c = s.combine(Setups.step(step, 0, new double[] {1, 1, 1}, g));
      assertThat(c.weights()).as("step %d", step).containsExactly(lambda, within(1e-12));
      assertThat(c.coefficients()).containsExactly(c.weights());
    }
  }
}

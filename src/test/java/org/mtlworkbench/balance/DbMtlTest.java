package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DbMtlTest {

  @Test
  void matchesThePapersRuleOnVectorsOverSeveralSteps() {
    // second implementation, Lin et al. 2023 Algorithm 1 on the vectors: ĝ_k ← (1 − β_t)·g_k/L_k +
    // β_t·ĝ_k from 0, β_t = β/t^σ; α_k = max_j ||ĝ_j||/||ĝ_k||; d = Σ α_k ĝ_k; heads 1/L_k
    Random r = new Random(91);
    for (double[] setting : new double[][] {{0.9, 0}, {0.9, 0.5}, {0, 0}}) {
      DbMtl s = new DbMtl(setting[0], setting[1]);
      double[][] average = new double[3][5];
      for (int t = 1; t <= 6; t++) {
        double[][] g = Vectors.random(r, 3, 5);
        double[] losses = {0.5 + r.nextDouble(), 10 * r.nextDouble() + 0.1, 0.01 + r.nextDouble()};
        double b = setting[0] / Math.pow(t, setting[1]);
        double[] norms = new double[3];
        for (int k = 0; k < 3; k++) {
          for (int j = 0; j < 5; j++) {
            average[k][j] = (1 - b) * g[k][j] / losses[k] + b * average[k][j];
          }
          norms[k] = Vectors.norm(average[k]);
        }
        double largest = Math.max(norms[0], Math.max(norms[1], norms[2]));
        double[] alpha = {largest / norms[0], largest / norms[1], largest / norms[2]};
        double[] expected = Vectors.combine(alpha, average);
        StepContext context = Setups.step(t - 1, 0, losses, g);
        Combination c = s.combine(context);
        assertThat(Vectors.update(context, c)).as("%s step %d", java.util.Arrays.toString(setting), t)
            .containsExactly(expected, within(1e-9 * Vectors.norm(expected)));
        assertThat(c.weights()).containsExactly(alpha, within(1e-9));
        assertThat(c.headWeights()).containsExactly(new double[] {1 / losses[0], 1 / losses[1], 1 / losses[2]}, within(1e-12));
      }
    }
  }

  @Test
  void everyTaskContributesAStepOfTheSameLength() {
    Random r = new Random(92);
    double[][] g = Vectors.random(r, 3, 8);
    StepContext context = Setups.step(0, 0, new double[] {1, 30, 0.02}, g);
    Combination c = new DbMtl(0.9, 0).combine(context);
    double[][] rows = context.gradients().matrix().toDoubleMatrix();
    double first = c.coefficients()[0] * Vectors.norm(rows[0]);
    for (int k = 1; k < 3; k++) {
      assertThat(c.coefficients()[k] * Vectors.norm(rows[k])).isCloseTo(first, within(1e-12 * first));
    }
  }
}

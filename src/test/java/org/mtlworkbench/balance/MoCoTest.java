package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MoCoTest {

  @Test
  void matchesTheAuthorsRuleOnVectorsOverSeveralSteps() {
    // second implementation on the vectors: ĝ_k = g_k·L_k/||g_k||, y_k ← y_k − β_t(y_k − ĝ_k),
    // λ ← softmax(λ − γ_t(YYᵀ + ρI)λ), d = Yᵀλ; β_t = β/t^σβ, γ_t = γ/t^σγ
    Random r = new Random(95);
    double beta = 0.5;
    double betaSigma = 0.5;
    double gamma = 0.1;
    double gammaSigma = 0.5;
    double rho = 0.2;
    MoCo s = new MoCo(3, beta, betaSigma, gamma, gammaSigma, rho);
    double[][] y = new double[3][5];
    double[] lambda = {1 / 3.0, 1 / 3.0, 1 / 3.0};
    for (int t = 1; t <= 5; t++) {
      double[][] g = Vectors.random(r, 3, 5);
      double[] losses = {0.3 + r.nextDouble(), 2 + r.nextDouble(), 0.1};
      double bt = beta / Math.pow(t, betaSigma);
      double gt = gamma / Math.pow(t, gammaSigma);
      for (int k = 0; k < 3; k++) {
        double n = Vectors.norm(g[k]);
        for (int j = 0; j < 5; j++) {
          y[k][j] -= bt * (y[k][j] - g[k][j] * losses[k] / n);
        }
      }
      double[][] yy = Vectors.gram(y);
      double[] logits = new double[3];
      for (int i = 0; i < 3; i++) {
        double move = rho * lambda[i];
        for (int j = 0; j < 3; j++) {
          move += yy[i][j] * lambda[j];
        }
        logits[i] = lambda[i] - gt * move;
      }
      double total = Math.exp(logits[0]) + Math.exp(logits[1]) + Math.exp(logits[2]);
      for (int i = 0; i < 3; i++) {
        lambda[i] = Math.exp(logits[i]) / total;
      }
      double[] expected = Vectors.combine(lambda, y);
      StepContext context = Setups.step(t - 1, 0, losses, g);
      Combination c = s.combine(context);
      assertThat(c.weights()).as("step %d", t).containsExactly(lambda, within(1e-12));
      assertThat(Vectors.update(context, c)).containsExactly(expected, within(1e-10 * (1 + Vectors.norm(expected))));
      assertThat(c.headWeights()).containsOnly(1.0);
    }
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.nn.ParameterSegment;

class GradNormTest {
  /** Gradient rows of 4 parameters; the "last shared layer" is parameters 2..3. */
  private static final ParameterSegment LAST = new ParameterSegment("dense2", 2, 2);

  /** A context whose task k has losses[k] and a last-layer gradient of norm layerNorms[k]. */
  private static StepContext step(double[] losses, double... layerNorms) {
    double[][] rows = new double[losses.length][];
    for (int k = 0; k < rows.length; k++) {
      // the first two parameters are not in the last layer and must not count
      rows[k] = new double[] {100 * (k + 1), -50, 0.6 * layerNorms[k], 0.8 * layerNorms[k]};
    }
    return new StepContext(0, 0, losses, TaskGradients.of(rows));
  }

  private static double[] weights(GradNorm g, double[] losses, double... norms) {
    Combination c = g.combine(step(losses, norms));
    assertThat(c.coefficients()).containsExactly(c.weights());
    return c.weights();
  }

  @Test
  void threeStepsWorkedOutByHand() {
    // α = 1.5, rate η = 0.1, K = 2. Returned weights are the ones before each update.
    // step 0: w = (1, 1). L(0) = (2, 4) → L̃ = (1, 1), r = (1, 1). ||∇_W L|| = (3, 1) → G = (3, 1),
    //   Ḡ = 2, target Ḡ·r^α = (2, 2); ∂L_grad/∂w = sign(G − target)·||∇_W L|| = (3, −1).
    //   Adam's first step is η·sign: w = (0.9, 1.1); Σ = 2 already.
    // step 1: L = (1, 4) → L̃ = (0.5, 1), mean 0.75, r = (2/3, 4/3). ||∇_W L|| = (1, 4) →
    //   G = (0.9, 4.4), Ḡ = 2.65, target = 2.65·(0.5443311, 1.5396007) = (1.4424773, 4.0799419);
    //   G − target = (−0.54, +0.32) → gradient (−1, +4).
    //   m = 0.9·(0.3, −0.1) + 0.1·(−1, 4) = (0.17, 0.31); m̂ = m/0.19 = (0.8947368, 1.6315789)
    //   v = 0.999·(0.009, 0.001) + 0.001·(1, 16) = (0.009991, 0.016999); v̂ = v/0.001999 = (4.9979990, 8.5037519)
    //   w −= 0.1·m̂/√v̂ = (0.0400219, 0.0559504) → (0.8599781, 1.0440496), Σ = 1.9040277
    //   renormalised to Σ = 2: (0.9033252, 1.0966748)
    GradNorm g = new GradNorm(2, LAST, 1.5, 0.1);
    assertThat(weights(g, new double[] {2, 4}, 3, 1)).containsExactly(new double[] {1, 1}, within(1e-12));
    assertThat(weights(g, new double[] {1, 4}, 1, 4)).containsExactly(new double[] {0.9, 1.1}, within(1e-9));
    assertThat(weights(g, new double[] {1, 2}, 2, 2)).containsExactly(new double[] {0.9033252, 1.0966748}, within(1e-7));
  }

  @Test
  void weightsStayPositiveAndSumToTheTaskCount() {
    GradNorm g = new GradNorm(3, LAST, 1.5, 0.5);
    for (int i = 0; i < 200; i++) {
      double[] w = weights(g, new double[] {1, 1 + i, 0.5}, 100, 0.01, 1);
      assertThat(w[0] + w[1] + w[2]).isCloseTo(3.0, within(1e-9));
      assertThat(Math.min(w[0], Math.min(w[1], w[2]))).isGreaterThan(0);
    }
  }

  @Test
  void pullsTheGradientNormsTogether() {
    // equal training rates (constant losses): the target is the mean norm, so w_i·||∇_W L_i|| → Ḡ;
    // with norms (10, 1) the weights approach (2/11, 20/11), where 10·w₁ = 1·w₂ and Σw = 2
    GradNorm g = new GradNorm(2, LAST, 1.5, 0.01);
    double[] w = null;
    for (int i = 0; i < 3000; i++) {
      w = weights(g, new double[] {1, 1}, 10, 1);
    }
    assertThat(w[0]).isCloseTo(2 / 11.0, within(0.02));
    assertThat(w[1]).isCloseTo(20 / 11.0, within(0.02));
  }

  @Test
  void aTaskWithoutLabelsAtTheStartTakesItsFirstRealLossAsL0() {
    GradNorm g = new GradNorm(2, LAST, 1.5, 0.1);
    weights(g, new double[] {2, 0}, 1, 1);
    // task 1's L(0) becomes 4 here, so at the next step its rate is 1 like task 0's
    weights(g, new double[] {2, 4}, 1, 1);
    double[] w = weights(g, new double[] {2, 4}, 1, 1);
    assertThat(w[0]).isCloseTo(w[1], within(1e-12));
  }

  @Test
  void taskOrderOnlyPermutesTheWeights() {
    GradNorm ab = new GradNorm(3, LAST, 1.5, 0.1);
    GradNorm ba = new GradNorm(3, LAST, 1.5, 0.1);
    double[][] losses = {{2, 4, 1}, {1.5, 3.9, 0.5}, {1, 3, 0.4}, {0.9, 2.5, 0.3}};
    double[][] norms = {{3, 1, 2}, {2, 2, 1}, {1, 3, 0.5}, {4, 1, 1}};
    for (int s = 0; s < losses.length; s++) {
      double[] l = losses[s];
      double[] n = norms[s];
      double[] x = weights(ab, l, n);
      double[] y = weights(ba, new double[] {l[2], l[0], l[1]}, n[2], n[0], n[1]);
      assertThat(y).containsExactly(new double[] {x[2], x[0], x[1]}, within(1e-12));
    }
  }

  @Test
  void oneTaskKeepsWeightOne() {
    GradNorm g = new GradNorm(1, LAST, 1.5, 0.1);
    for (int i = 0; i < 5; i++) {
      assertThat(weights(g, new double[] {3.0 / (i + 1)}, 7)).containsExactly(1.0);
    }
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RandomLossWeightingTest {

  private static double[] weights(RandomLossWeighting r, int k) {
    Combination c = r.combine(Setups.losses(0, 0, new double[k]));
    assertThat(c.coefficients()).containsExactly(c.weights());
    return c.weights();
  }

  @Test
  void isKTimesTheSoftmaxOfStandardNormalDraws() {
    // second implementation, straight from the paper: λ = softmax(ε), ε ~ N(0, I), times K
    RandomLossWeighting r = new RandomLossWeighting(3, 17);
    Random reference = new Random(17);
    for (int step = 0; step < 50; step++) {
      double[] e = {reference.nextGaussian(), reference.nextGaussian(), reference.nextGaussian()};
      double z = Math.exp(e[0]) + Math.exp(e[1]) + Math.exp(e[2]);
      double[] expected = {3 * Math.exp(e[0]) / z, 3 * Math.exp(e[1]) / z, 3 * Math.exp(e[2]) / z};
      assertThat(weights(r, 3)).containsExactly(expected, within(1e-12));
    }
  }

  @Test
  void weightsArePositiveSumToKAndAverageOne() {
    RandomLossWeighting r = new RandomLossWeighting(4, 3);
    double[] mean = new double[4];
    int n = 20000;
    for (int i = 0; i < n; i++) {
      double[] w = weights(r, 4);
      assertThat(w[0] + w[1] + w[2] + w[3]).isCloseTo(4.0, within(1e-12));
      for (int k = 0; k < 4; k++) {
        assertThat(w[k]).isPositive();
        mean[k] += w[k] / n;
      }
    }
    // each weight has mean 1 by symmetry; sd of one weight is below 1.5, so the mean of 20000 is within ±0.04 (4 sd)
    assertThat(mean).containsExactly(new double[] {1, 1, 1, 1}, within(0.04));
  }

  @Test
  void aSeedGivesTheSameSequenceAndOneTaskAlwaysOne() {
    RandomLossWeighting a = new RandomLossWeighting(3, 9);
    RandomLossWeighting b = new RandomLossWeighting(3, 9);
    double[] first = weights(a, 3);
    assertThat(weights(b, 3)).containsExactly(first);
    assertThat(weights(a, 3)).isNotEqualTo(first);
    assertThat(weights(new RandomLossWeighting(1, 9), 1)).containsExactly(1.0);
  }
}

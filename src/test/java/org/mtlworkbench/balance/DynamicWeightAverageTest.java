package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DynamicWeightAverageTest {
  private long step;

  private double[] weights(DynamicWeightAverage d, int epoch, double... losses) {
    Combination c = d.combine(Setups.losses(step++, epoch, losses));
    assertThat(c.coefficients()).containsExactly(c.weights());
    return c.weights();
  }

  @Test
  void publishedExample() {
    // epoch means (1, 2) then (0.8, 1.9): r = (0.8, 0.95); with T = 2,
    // λ₁ = 2·e^{0.4}/(e^{0.4} + e^{0.475}) = 2/(1 + e^{0.075}) = 0.96252, λ₂ = 2 − λ₁ = 1.03748
    DynamicWeightAverage d = new DynamicWeightAverage(2, 2.0);
    assertThat(weights(d, 0, 1, 2)).containsExactly(1, 1);
    assertThat(weights(d, 1, 0.8, 1.9)).containsExactly(1, 1);
    double[] w = weights(d, 2, 0.5, 0.5);
    assertThat(w[0]).isCloseTo(0.9625, within(5e-5));
    assertThat(w[1]).isCloseTo(1.0375, within(5e-5));
    assertThat(w[0]).isCloseTo(2 / (1 + Math.exp(0.075)), within(1e-12));
  }

  @Test
  void usesTheMeanOfTheEpochsBatchLossesAndHoldsTheWeightsForTheEpoch() {
    // epoch 0 batches (1, 4) and (3, 4) → means (2, 4); epoch 1 batches (1, 3), (1, 5) → (1, 4);
    // r = (0.5, 1), T = 1: λ = 2·softmax(0.5, 1) = (2/(1 + e^{0.5}), 2/(1 + e^{-0.5})) = (0.7550813, 1.2449187)
    DynamicWeightAverage d = new DynamicWeightAverage(2, 1.0);
    weights(d, 0, 1, 4);
    weights(d, 0, 3, 4);
    weights(d, 1, 1, 3);
    weights(d, 1, 1, 5);
    double[] first = weights(d, 2, 100, 0.001);
    double[] second = weights(d, 2, 0.001, 100);
    assertThat(first).containsExactly(new double[] {0.7550813, 1.2449187}, within(1e-7));
    assertThat(second).containsExactly(first);
  }

  @Test
  void aHigherTemperatureFlattensTheWeights() {
    double[] hot = threeEpochs(new DynamicWeightAverage(2, 20.0));
    double[] cold = threeEpochs(new DynamicWeightAverage(2, 0.5));
    assertThat(Math.abs(hot[0] - hot[1])).isLessThan(Math.abs(cold[0] - cold[1]));
    assertThat(hot[0] + hot[1]).isCloseTo(2.0, within(1e-12));
    assertThat(cold[0] + cold[1]).isCloseTo(2.0, within(1e-12));
  }

  private double[] threeEpochs(DynamicWeightAverage d) {
    weights(d, 0, 1, 1);
    weights(d, 1, 0.5, 0.9);
    return weights(d, 2, 1, 1);
  }

  @Test
  void aZeroEpochMeanCountsAsRatioOne() {
    // task 1 had no labels in epoch 0 (mean 0): its ratio is 1; task 0's is 0.5/1
    DynamicWeightAverage d = new DynamicWeightAverage(2, 1.0);
    weights(d, 0, 1, 0);
    weights(d, 1, 0.5, 2);
    double[] w = weights(d, 2, 1, 1);
    assertThat(w[0]).isCloseTo(2 / (1 + Math.exp(0.5)), within(1e-12));
  }

  @Test
  void taskOrderOnlyPermutesTheWeightsAndOneTaskKeepsOne() {
    DynamicWeightAverage abc = new DynamicWeightAverage(3, 2.0);
    DynamicWeightAverage cab = new DynamicWeightAverage(3, 2.0);
    double[][] epochs = {{1, 2, 3}, {0.9, 1.0, 2.0}, {0.5, 0.9, 1.9}, {0.4, 0.8, 1.0}};
    for (int e = 0; e < epochs.length; e++) {
      double[] l = epochs[e];
      double[] x = weights(abc, e, l);
      double[] y = weights(cab, e, l[2], l[0], l[1]);
      assertThat(y).containsExactly(new double[] {x[2], x[0], x[1]}, within(1e-12));
    }
    DynamicWeightAverage one = new DynamicWeightAverage(1, 2.0);
    for (int e = 0; e < 4; e++) {
      assertThat(weights(one, e, 1.0 / (e + 1))).containsExactly(1.0);
    }
  }
}

package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge cases every registered strategy must get right, whatever its rule: one task, zero
 * gradients, identical gradients, gradients that overflowed, tasks without labels, and many
 * steps of random input (strategies keep state).
 */
class EveryStrategyTest {

  static List<String> names() {
    return StrategyCatalog.NAMES;
  }

  private static boolean finite(Combination c) {
    return DoubleStream.of(c.weights()).allMatch(Double::isFinite) && DoubleStream.of(c.coefficients()).allMatch(Double::isFinite)
        && DoubleStream.of(c.headWeights()).allMatch(Double::isFinite);
  }

  @ParameterizedTest
  @MethodSource("names")
  void oneTaskMovesAlongItsOwnGradient(String name) {
    BalancingStrategy s = Setups.create(name, 1, 3);
    double[] g = {2, -1, 3};
    for (int step = 0; step < 3; step++) {
      StepContext context = Setups.step(step, 0, new double[] {0.7 / (step + 1)}, new double[][] {g});
      Combination c = s.combine(context);
      assertThat(finite(c)).as("%s %s %s", name, c.weights()[0], c.coefficients()[0]).isTrue();
      double[] d = Vectors.update(context, c);
      double cos = Vectors.dot(d, g) / (Vectors.norm(d) * Vectors.norm(g));
      assertThat(cos).as(name + " step " + step).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(c.headWeights()[0]).isPositive();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void zeroGradientsAreNotADivergence(String name) {
    BalancingStrategy s = Setups.create(name, 3, 4);
    for (int step = 0; step < 3; step++) {
      StepContext context = Setups.step(step, 0, new double[] {1.0, 0.5, 2.0}, new double[3][4]);
      Combination c = s.combine(context);
      assertThat(finite(c)).as(name).isTrue();
      assertThat(Vectors.update(context, c)).containsOnly(0.0);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void identicalGradientsMoveAlongThem(String name) {
    BalancingStrategy s = Setups.create(name, 3, 4);
    double[] g = {1, -2, 0.5, 3};
    for (int step = 0; step < 3; step++) {
      StepContext context = Setups.step(step, 0, new double[] {0.8, 0.8, 0.8}, new double[][] {g, g, g});
      Combination c = s.combine(context);
      assertThat(finite(c)).as(name).isTrue();
      double[] d = Vectors.update(context, c);
      assertThat(Vectors.dot(d, g) / (Vectors.norm(d) * Vectors.norm(g))).as(name + " step " + step)
          .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void gradientsThatOverflowedGiveANonFiniteAnswerForThatTask(String name) {
    BalancingStrategy s = Setups.create(name, 3, 3);
    if (!s.needsTaskGradients()) {
      return; // loss weighting never reads the gradients; a non-finite loss is caught before any strategy
    }
    for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
      double[][] g = {{1, 2, 0}, {bad, 0, 1}, {0, 1, 1}};
      Combination[] c = new Combination[1];
      assertThatCode(() -> c[0] = s.combine(Setups.step(0, 0, new double[] {1, 1, 1}, g))).doesNotThrowAnyException();
      assertThat(finite(c[0])).as(name + " with " + bad).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void aTaskWithoutLabelsInTheBatchKeepsEverythingFinite(String name) {
    // the model gives a task with no labelled row loss 0 and gradient 0
    BalancingStrategy s = Setups.create(name, 3, 6);
    Random r = new Random(5);
    for (int step = 0; step < 5; step++) {
      double[][] g = Vectors.random(r, 3, 6);
      g[1] = new double[6];
      StepContext context = Setups.step(step, step / 2, new double[] {0.9, 0.0, 1.7}, g);
      Combination c = s.combine(context);
      assertThat(finite(c)).as(name + " step " + step).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void manyRandomStepsStayFinite(String name) {
    BalancingStrategy s = Setups.create(name, 4, 7);
    Random r = new Random(name.hashCode());
    for (int step = 0; step < 60; step++) {
      double[][] g = Vectors.random(r, 4, 7);
      double[] losses = new double[4];
      for (int k = 0; k < 4; k++) {
        losses[k] = Math.pow(10, 3 * r.nextDouble() - 2);
      }
      StepContext context = Setups.step(step, step / 10, losses, g);
      Combination c = s.combine(context);
      assertThat(finite(c)).as(name + " step " + step).isTrue();
      assertThat(DoubleStream.of(Vectors.update(context, c)).allMatch(Double::isFinite)).as(name).isTrue();
    }
  }
}

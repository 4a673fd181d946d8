package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Properties every gradient-combining strategy must have, whatever its rule. */
class GradientMethodsTest {

  private static BalancingStrategy create(String name) {
    return Strategies.create(StrategySpec.named(name), Setups.regression(List.of("a", "b", "c", "d")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pcgrad", "mgda", "cagrad", "imtl", "nash", "aligned"})
  void oneTaskMovesAlongItsOwnGradient(String name) {
    double[] g = {2, -1, 3};
    double[] d = Vectors.direction(create(name), new double[][] {g});
    assertThat(Vectors.dot(d, g)).isPositive();
    assertThat(Vectors.dot(d, g)).isCloseTo(Vectors.norm(d) * Vectors.norm(g), within(1e-9 * Vectors.norm(d) * Vectors.norm(g)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pcgrad", "mgda", "cagrad", "imtl", "nash", "aligned"})
  void parallelGradientsInSinglePrecisionGiveTheDoublePrecisionAnswer(String name) {
    // g, 3g and g over 20000 parameters: in float the Gram entries carry rounding noise (3g is
    // rounded element by element), which must not be mistaken for a direction of its own
    Random r = new Random(40);
    double[] g = new double[20000];
    for (int j = 0; j < g.length; j++) {
      g[j] = (float) r.nextGaussian();
    }
    double[][] rows = new double[3][g.length];
    float[][] floats = new float[3][g.length];
    for (int j = 0; j < g.length; j++) {
      rows[0][j] = g[j];
      rows[1][j] = 3 * g[j];
      rows[2][j] = g[j];
      floats[0][j] = (float) g[j];
      floats[1][j] = (float) (3 * g[j]);
      floats[2][j] = (float) g[j];
    }
    double[] exact = create(name).combine(Setups.gradients(rows)).coefficients();
    TaskGradients single = new TaskGradients(Nd4j.create(floats).castTo(DataType.FLOAT));
    double[] rounded = create(name).combine(new StepContext(0, 0, new double[3], single)).coefficients();
    double size = Math.abs(exact[0]) + Math.abs(exact[1]) + Math.abs(exact[2]);
    assertThat(rounded).as("double %s", java.util.Arrays.toString(exact)).containsExactly(exact, within(1e-4 * size));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mgda", "cagrad", "imtl", "nash", "aligned"})
  void taskOrderDoesNotChangeTheDirection(String name) {
    Random r = new Random(41);
    for (int trial = 0; trial < 10; trial++) {
      double[][] g = Vectors.random(r, 4, 6);
      double[] d = Vectors.direction(create(name), g);
      double[] p = Vectors.direction(create(name), Vectors.permute(g, new int[] {1, 3, 0, 2}));
      assertThat(p).containsExactly(d, within(1e-7 * Vectors.norm(d)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pcgrad", "mgda", "cagrad", "imtl", "nash", "aligned"})
  void theScaleOfTheGradientsOnlyScalesTheDirection(String name) {
    Random r = new Random(42);
    double[][] g = Vectors.random(r, 3, 5);
    double[][] big = new double[3][];
    for (int i = 0; i < 3; i++) {
      big[i] = g[i].clone();
      for (int j = 0; j < big[i].length; j++) {
        big[i][j] *= 1e4;
      }
    }
    double[] c = create(name).combine(Setups.gradients(g)).coefficients();
    double[] cb = create(name).combine(Setups.gradients(big)).coefficients();
    assertThat(cb).containsExactly(c, within(1e-7 * (1 + Math.abs(c[0]))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mgda", "cagrad", "imtl", "nash", "aligned"})
  void nonFiniteGradientsGiveNaNSoTheStepIsReportedAsDiverged(String name) {
    Combination c = create(name).combine(Setups.gradients(new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 0}, {0, 1}, {1, 1}}));
    // the task whose gradient overflowed is the one named: the trainer reports its first NaN
    assertThat(c.coefficients()[1]).isNaN();
    assertThat(c.coefficients()[0]).isFinite();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mgda", "nash"})
  void noTaskLossIncreasesToFirstOrderWhenADescentDirectionExists(String name) {
    // with at most as many tasks as parameters and random gradients a common descent direction
    // exists almost surely; MGDA and Nash-MTL promise d·g_k ≥ 0 (Nash: > 0) for every task
    Random r = new Random(43);
    for (int trial = 0; trial < 100; trial++) {
      int k = 2 + r.nextInt(3);
      double[][] g = Vectors.random(r, k, k + 2);
      double[] d = Vectors.direction(create(name), g);
      for (double[] gk : g) {
        assertThat(Vectors.dot(d, gk)).as("trial %d", trial).isGreaterThanOrEqualTo(-1e-9 * Vectors.norm(d) * Vectors.norm(gk));
      }
    }
  }
}

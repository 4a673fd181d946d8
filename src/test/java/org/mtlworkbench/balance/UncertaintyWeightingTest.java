package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.TaskType;

class UncertaintyWeightingTest {
  private static final List<TaskType> REG_BIN = List.of(TaskType.REGRESSION, TaskType.BINARY);

  private static double[] weights(UncertaintyWeighting u, double... losses) {
    Combination c = u.combine(Setups.losses(0, 0, losses));
    assertThat(c.coefficients()).containsExactly(c.weights());
    return c.weights();
  }

  @Test
  void startsAtSigmaOneThatIsHalfForRegressionAndOneForClassification() {
    // s = log σ² = 0: regression term L/(2σ²) → weight ½; classification L/σ² → weight 1
    UncertaintyWeighting u = new UncertaintyWeighting(List.of(TaskType.REGRESSION, TaskType.BINARY, TaskType.MULTICLASS), 0.1);
    assertThat(weights(u, 1, 1, 1)).containsExactly(0.5, 1.0, 1.0);
  }

  @Test
  void twoStepsWorkedOutByHand() {
    // rate η = 0.1; losses L = (4, 0.25) for (regression, binary), twice.
    // step 0: s = (0, 0), weights a·e^{-s} = (0.5, 1).
    //   ∂/∂s = −a·e^{-s}·L + ½ = (−0.5·4 + 0.5, −1·0.25 + 0.5) = (−1.5, 0.25)
    //   Adam's first step is η·g/|g| (m̂ = g, v̂ = g²): s = (0.1, −0.1)
    // step 1: weights (0.5·e^{-0.1}, e^{0.1}) = (0.4524187, 1.1051709)
    //   g = (−0.4524187·4 + 0.5, −1.1051709·0.25 + 0.5) = (−1.3096748, 0.2237073)
    //   m = 0.9·0.1·g₀ + 0.1·g₁ = (−0.2659675, 0.0448707); m̂ = m/0.19 = (−1.3998289, 0.2361616)
    //   v = 0.999·0.001·g₀² + 0.001·g₁² = (0.00396300, 0.0001124823); v̂ = v/0.001999 = (1.9824913, 0.0562693)
    //   s −= 0.1·m̂/√v̂ = 0.1·(−0.9941899, 0.9955726) → s = (0.1994190, −0.1995573)
    // step 2: weights (0.5·e^{-0.1994190}, e^{0.1995573}) = (0.4096033, 1.2208623)
    UncertaintyWeighting u = new UncertaintyWeighting(REG_BIN, 0.1);
    assertThat(weights(u, 4, 0.25)).containsExactly(new double[] {0.5, 1.0}, within(1e-12));
    assertThat(weights(u, 4, 0.25)).containsExactly(new double[] {0.4524187, 1.1051709}, within(1e-7));
    assertThat(weights(u, 4, 0.25)).containsExactly(new double[] {0.4096033, 1.2208623}, within(1e-7));
  }

  @Test
  void aLossAtItsOptimumLeavesTheWeightAlone() {
    // ∂/∂s = −a·e^{-s}·L + ½ = 0 at s = 0 when a·L = ½: regression L = 1, classification L = 0.5
    UncertaintyWeighting u = new UncertaintyWeighting(REG_BIN, 0.05);
    for (int i = 0; i < 20; i++) {
      assertThat(weights(u, 1.0, 0.5)).containsExactly(new double[] {0.5, 1.0}, within(1e-12));
    }
  }

  @Test
  void convergesToTheInverseOfTwiceTheLoss() {
    // fixed point e^{-s} = 1/(2aL): the effective weight a·e^{-s} = 1/(2L) whatever the task type,
    // so every weighted loss ends at ½ — large losses are scaled down, small ones up
    UncertaintyWeighting u = new UncertaintyWeighting(REG_BIN, 0.05);
    double[] w = null;
    for (int i = 0; i < 3000; i++) {
      w = weights(u, 100, 0.02);
    }
    assertThat(w[0]).isCloseTo(1 / 200.0, within(1e-5));
    assertThat(w[1]).isCloseTo(1 / 0.04, within(1e-2));
  }

  @Test
  void taskOrderOnlyPermutesTheWeights() {
    UncertaintyWeighting ab = new UncertaintyWeighting(REG_BIN, 0.1);
    UncertaintyWeighting ba = new UncertaintyWeighting(List.of(TaskType.BINARY, TaskType.REGRESSION), 0.1);
    double[][] losses = {{3, 0.7}, {2.5, 0.9}, {2, 0.4}};
    for (double[] l : losses) {
      double[] x = weights(ab, l[0], l[1]);
      double[] y = weights(ba, l[1], l[0]);
      assertThat(y).containsExactly(new double[] {x[1], x[0]}, within(1e-15));
    }
  }

  @Test
  void oneTaskLearnsItsOwnScale() {
    UncertaintyWeighting u = new UncertaintyWeighting(List.of(TaskType.REGRESSION), 0.1);
    assertThat(weights(u, 8)).containsExactly(0.5);
    assertThat(weights(u, 8)[0]).isLessThan(0.5);
  }
}

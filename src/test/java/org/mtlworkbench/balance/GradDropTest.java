package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.factory.Nd4j;

class GradDropTest {

  private static double[] update(GradDrop s, double[][] g) {
    StepContext context = Setups.gradients(g);
    return Vectors.update(context, s.combine(context));
  }

  @Test
  void publishedExampleOfTorchJd() {
    // TorchJD tests/unit/aggregation/test_values.py: GradDrop() on J_base gives [6.0, 2.0, 2.0].
    // Columns 2 and 3 agree in sign (purity 1): both components always stay, 1 + 1 = 2. Column 1
    // (−4, 6) has purity ½(1 + 2/10) = 0.6: the positive sign (6) wins with probability 0.6, else
    // the negative (−4); TorchJD's fixed seed drew the positive one.
    int positive = 0;
    int seeds = 4000;
    for (int seed = 0; seed < seeds; seed++) {
      double[] d = update(new GradDrop(0, seed), UpGradTest.J);
      assertThat(d[1]).isEqualTo(2.0);
      assertThat(d[2]).isEqualTo(2.0);
      assertThat(d[0]).isIn(6.0, -4.0);
      positive += d[0] == 6.0 ? 1 : 0;
    }
    // binomial(4000, 0.6): standard deviation 0.0077; four of them
    assertThat(positive / (double) seeds).isCloseTo(0.6, within(0.031));
  }

  @Test
  void everyCoordinateKeepsOneSignOnly() {
    Random r = new Random(61);
    double[][] g = Vectors.random(r, 4, 300);
    StepContext context = Setups.gradients(g);
    new GradDrop(0, 3).combine(context);
    double[][] masked = context.gradients().matrix().toDoubleMatrix();
    for (int j = 0; j < 300; j++) {
      boolean keptPositive = false;
      boolean keptNegative = false;
      for (int k = 0; k < 4; k++) {
        assertThat(masked[k][j] == g[k][j] || masked[k][j] == 0).as("kept whole or dropped").isTrue();
        keptPositive |= masked[k][j] > 0;
        keptNegative |= masked[k][j] < 0;
        if (masked[k][j] == 0 && g[k][j] != 0) {
          // a dropped component: every component of its sign is dropped
          for (int t = 0; t < 4; t++) {
            if (Math.signum(g[t][j]) == Math.signum(g[k][j])) {
              assertThat(masked[t][j]).isZero();
            }
          }
        }
      }
      assertThat(keptPositive && keptNegative).isFalse();
    }
  }

  @Test
  void aFullLeakIsThePlainSumAndAPartialLeakKeepsThatShare() {
    double[][] g = {{-4, 1, 1}, {6, 1, 1}};
    assertThat(update(new GradDrop(1, 7), g)).containsExactly(2, 2, 2);
    double d = update(new GradDrop(0.25, 7), g)[0];
    // winner kept whole, loser at a quarter: 6 − 1 = 5 or −4 + 1.5 = −2.5
    assertThat(d).isIn(5.0, -2.5);
  }

  @Test
  void diagnosticsStillSeeTheTaskGradients() {
    double[][] g = {{-4, 1, 1}, {6, 1, 1}};
    ParameterSegment layer = new ParameterSegment("dense1", 0, 3);
    TaskGradients gradients = new TaskGradients(Nd4j.create(g), List.of(layer));
    new GradDrop(0, 1).combine(new StepContext(0, 0, new double[] {1, 1}, gradients));
    assertThat(gradients.replaced()).isTrue();
    assertThat(gradients.gram()).isDeepEqualTo(new double[][] {{18, -22}, {-22, 38}});
    assertThat(gradients.squaredNormsByLayer(List.of(layer))).isDeepEqualTo(new double[][] {{18}, {38}});
    assertThatThrownBy(() -> gradients.norms(new ParameterSegment("other", 0, 1))).isInstanceOf(IllegalStateException.class);
    // the model combines the masked rows: one of the first components is gone
    double[][] masked = gradients.matrix().toDoubleMatrix();
    assertThat(masked[0][0] * masked[1][0]).isZero();
  }
}

package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DropoutTest {

  @Test
  void isTheIdentityWhenNotTraining() {
    Dropout d = new Dropout(0.5, 1);
    INDArray x = Nd4j.rand(DataType.FLOAT, 4, 5);
    assertThat(d.forward(x, false)).isEqualTo(x);
    INDArray g = Nd4j.rand(DataType.FLOAT, 4, 5);
    assertThat(d.backward(g, null, true)).isEqualTo(g);
  }

  @Test
  void keepsUnitsWithProbabilityOneMinusPAndScalesThem() {
    double p = 0.3;
    Dropout d = new Dropout(p, 7);
    INDArray x = Nd4j.ones(DataType.DOUBLE, 200, 100);
    double[] y = d.forward(x, true).dup().data().asDouble();
    int kept = 0;
    for (double v : y) {
      assertThat(v == 0 || Math.abs(v - 1 / (1 - p)) < 1e-12).as("value %s", v).isTrue();
      if (v != 0) {
        kept++;
      }
    }
    // 20000 Bernoulli(0.7) draws: standard deviation √(20000·0.21) ≈ 65
    assertThat((double) kept).isCloseTo(14000.0, within(400.0));
  }

  @Test
  void backwardAppliesTheSameMaskEachTime() {
    Dropout d = new Dropout(0.5, 11);
    INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 8).addi(0.5);
    INDArray y = d.forward(x, true).dup();
    INDArray mask = y.div(x); // 0 or 2
    INDArray g1 = Nd4j.rand(DataType.DOUBLE, 6, 8);
    INDArray g2 = Nd4j.rand(DataType.DOUBLE, 6, 8);
    assertThat(d.backward(g1, null, true).sub(g1.mul(mask)).amaxNumber().doubleValue()).isLessThan(1e-12);
    assertThat(d.backward(g2, null, true).sub(g2.mul(mask)).amaxNumber().doubleValue()).isLessThan(1e-12);
  }

  @Test
  void masksAreReproducibleBySeedAndChangeBetweenSteps() {
    INDArray x = Nd4j.ones(DataType.FLOAT, 10, 10);
    Dropout a = new Dropout(0.5, 3);
    Dropout b = new Dropout(0.5, 3);
    Dropout c = new Dropout(0.5, 4);
    INDArray a1 = a.forward(x, true).dup();
    assertThat(b.forward(x, true)).isEqualTo(a1);
    assertThat(c.forward(x, true)).isNotEqualTo(a1);
    assertThat(a.forward(x, true)).isNotEqualTo(a1);
  }

  @Test
  void rejectsBadProbability() {
    assertThatThrownBy(() -> new Dropout(1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dropout(-0.1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

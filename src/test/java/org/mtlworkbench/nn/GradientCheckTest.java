package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GradientCheckTest {
  // f(θ) = Σ θ_i³ has gradient 3θ_i²
  private static double cubeSum(INDArray p) {
    double s = 0;
    for (long i = 0; i < p.length(); i++) {
      double v = p.getDouble(i);
      s += v * v * v;
    }
    return s;
  }

  @Test
  void acceptsTheRightGradient() {
    INDArray theta = Nd4j.createFromArray(0.5, -1.2, 2.0, 0.0);
    INDArray grad = Nd4j.createFromArray(0.75, 4.32, 12.0, 0.0);
    GradientCheck.Result r = GradientCheck.check(theta, grad, GradientCheckTest::cubeSum);
    assertThat(r.maxRelativeError()).isLessThan(1e-8);
    assertThat(theta.toDoubleVector()).containsExactly(0.5, -1.2, 2.0, 0.0); // restored
  }

  @Test
  void reportsTheWorstWrongCoordinate() {
    INDArray theta = Nd4j.createFromArray(0.5, -1.2, 2.0);
    INDArray grad = Nd4j.createFromArray(0.75, 4.32, 12.6); // last is 5% too large
    GradientCheck.Result r = GradientCheck.check(theta, grad, GradientCheckTest::cubeSum);
    assertThat(r.worstIndex()).isEqualTo(2);
    // |12.6 − 12| / 12.6
    assertThat(r.maxRelativeError()).isCloseTo(0.6 / 12.6, within(1e-6));
    assertThat(r.numeric()).isCloseTo(12.0, within(1e-6));
  }

  @Test
  void worksOnMatrices() {
    INDArray theta = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
    // f = Σ θ_ij · (i + 2j + 1): gradient [[1, 3], [2, 4]]
    INDArray grad = Nd4j.createFromArray(new double[][] {{1, 3}, {2, 4}});
    GradientCheck.Result r = GradientCheck.check(theta, grad,
        p -> p.getDouble(0, 0) + 3 * p.getDouble(0, 1) + 2 * p.getDouble(1, 0) + 4 * p.getDouble(1, 1));
    assertThat(r.maxRelativeError()).isLessThan(1e-8);
  }

  @Test
  void relativeErrorUsesTheFloorNearZero() {
    assertThat(GradientCheck.relativeError(2.0, 1.0, 1e-3)).isEqualTo(0.5);
    // both tiny: |1e-9 − 0| / 1e-3 = 1e-6
    assertThat(GradientCheck.relativeError(1e-9, 0.0, 1e-3)).isCloseTo(1e-6, within(1e-15));
    assertThat(GradientCheck.relativeError(Double.NaN, 0.0, 1e-3)).isNaN();
  }

  @Test
  void rejectsFloatParameters() {
    INDArray theta = Nd4j.zeros(DataType.FLOAT, 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GradientCheck.check(theta, theta, p -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

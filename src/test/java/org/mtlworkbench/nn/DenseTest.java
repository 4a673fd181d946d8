package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DenseTest {

  /** W = [[1, 2, 3], [4, 5, 6]], b = [0.5, −1, 2] laid out as W then b. */
  private static INDArray handParameters(DataType type) {
    return Nd4j.createFromArray(1.0, 2, 3, 4, 5, 6, 0.5, -1, 2).castTo(type);
  }

  @Test
  void forwardMatchesHandComputation() {
    Dense d = new Dense(2, 3);
    d.bindParameters(handParameters(DataType.DOUBLE));
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {2, -1}});
    // row 1: [1·1 + 0·4, 1·2 + 0·5, 1·3 + 0·6] + b = [1.5, 1, 5]
    // row 2: [2 − 4, 4 − 5, 6 − 6] + b = [−1.5, −2, 2]
    assertThat(d.forward(x, true).toDoubleMatrix()).isEqualTo(new double[][] {{1.5, 1, 5}, {-1.5, -2, 2}});
  }

  @Test
  void backwardMatchesHandComputation() {
    Dense d = new Dense(2, 3);
    d.bindParameters(handParameters(DataType.DOUBLE));
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {2, -1}});
    d.forward(x, true);
    INDArray dy = Nd4j.createFromArray(new double[][] {{1, 0, -1}, {0, 2, 1}});
    INDArray grad = Nd4j.zeros(DataType.DOUBLE, 9);
    INDArray dx = d.backward(dy, grad, true);
    // dW = xᵀ·dY = [[1·1 + 2·0, 1·0 + 2·2, 1·(−1) + 2·1], [0·1 − 1·0, 0·0 − 1·2, 0·(−1) − 1·1]]
    //    = [[1, 4, 1], [0, −2, −1]]; db = column sums = [1, 2, 0]
    assertThat(grad.toDoubleVector()).containsExactly(1, 4, 1, 0, -2, -1, 1, 2, 0);
    // dX = dY·Wᵀ: row 1 = [1·1 − 1·3, 1·4 − 1·6] = [−2, −2]; row 2 = [2·2 + 3, 2·5 + 6] = [7, 16]
    assertThat(dx.toDoubleMatrix()).isEqualTo(new double[][] {{-2, -2}, {7, 16}});
  }

  @Test
  void floatPathAgreesWithHandComputation() {
    Dense d = new Dense(2, 3);
    d.bindParameters(handParameters(DataType.FLOAT));
    INDArray x = Nd4j.createFromArray(new float[][] {{1, 0}, {2, -1}});
    assertThat(d.forward(x, true).reshape(6).toFloatVector()).containsExactly(1.5f, 1, 5, -1.5f, -2, 2);
    INDArray grad = Nd4j.zeros(DataType.FLOAT, 9);
    d.backward(Nd4j.createFromArray(new float[][] {{1, 0, -1}, {0, 2, 1}}), grad, false);
    assertThat(grad.toFloatVector()).containsExactly(1, 4, 1, 0, -2, -1, 1, 2, 0);
  }

  @Test
  void gradientsPassFiniteDifferenceCheck() {
    Random rng = new Random(1);
    Dense d = new Dense(5, 4);
    INDArray params = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    d.bindParameters(params);
    d.initialize(rng);
    LayerChecks.checkLayer(d, params, LayerChecks.random(rng, 3, 5, 1.0), true, 2);
  }

  @Test
  void writesGradientIntoOneRowOfATaskGradientMatrix() {
    Dense d = new Dense(2, 3);
    d.bindParameters(handParameters(DataType.DOUBLE));
    d.forward(Nd4j.createFromArray(new double[][] {{1, 0}, {2, -1}}), true);
    INDArray perTask = Nd4j.zeros(DataType.DOUBLE, 3, 9);
    assertThat(d.backward(Nd4j.createFromArray(new double[][] {{1, 0, -1}, {0, 2, 1}}), perTask.getRow(1), false)).isNull();
    assertThat(perTask.getRow(1).toDoubleVector()).containsExactly(1, 4, 1, 0, -2, -1, 1, 2, 0);
    assertThat(perTask.getRow(0).sumNumber().doubleValue()).isZero();
    assertThat(perTask.getRow(2).sumNumber().doubleValue()).isZero();
  }

  @Test
  void handlesAChangingBatchSizeAndANonContiguousInput() {
    Dense d = new Dense(2, 3);
    d.bindParameters(handParameters(DataType.DOUBLE));
    assertThat(d.forward(Nd4j.createFromArray(new double[][] {{1, 0}}), true).toDoubleVector()).containsExactly(1.5, 1, 5);
    // a column-major input is copied before the product
    INDArray fx = Nd4j.createFromArray(new double[][] {{1, 0}, {2, -1}, {0, 1}}).dup('f');
    // row 3: [4, 5, 6] + b = [4.5, 4, 8]
    assertThat(d.forward(fx, true).toDoubleMatrix()).isEqualTo(new double[][] {{1.5, 1, 5}, {-1.5, -2, 2}, {4.5, 4, 8}});
  }

  @Test
  void parameterViewsWriteThroughToTheFlatVector() {
    INDArray flat = Nd4j.zeros(DataType.FLOAT, 1, 12);
    Dense d = new Dense(2, 3);
    d.bindParameters(FlatViews.vector(flat, 3, 9));
    d.weights().putScalar(1, 2, 4f); // W[1][2] is element 5 of the slice → flat[8]
    d.bias().putScalar(0, 7f); // b[0] is element 6 of the slice → flat[9]
    assertThat(flat.getFloat(0, 8)).isEqualTo(4f);
    assertThat(flat.getFloat(0, 9)).isEqualTo(7f);
    assertThat(flat.sumNumber().doubleValue()).isEqualTo(11.0);
  }

  @Test
  void initialisationIsUniformWithinOneOverRootInAndReproducible() {
    Dense d = new Dense(100, 50);
    INDArray a = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    d.bindParameters(a);
    d.initialize(new Random(42));
    double bound = 1 / Math.sqrt(100);
    assertThat(a.amaxNumber().doubleValue()).isLessThanOrEqualTo(bound).isGreaterThan(0.99 * bound);
    // mean of U(−c, c) is 0 with standard error c/√(3n) ≈ 0.1/√15150 ≈ 8e-4
    assertThat(a.meanNumber().doubleValue()).isCloseTo(0.0, within(4e-3));
    INDArray b = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    Dense d2 = new Dense(100, 50);
    d2.bindParameters(b);
    d2.initialize(new Random(42));
    assertThat(b).isEqualTo(a);
    d2.initialize(new Random(43));
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void rejectsWrongShapes() {
    Dense d = new Dense(2, 3);
    assertThatThrownBy(() -> d.bindParameters(Nd4j.zeros(DataType.FLOAT, 8))).isInstanceOf(IllegalArgumentException.class);
    d.bindParameters(Nd4j.zeros(DataType.FLOAT, 9));
    assertThatThrownBy(() -> d.forward(Nd4j.zeros(DataType.FLOAT, 4, 3), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B × 2");
    assertThatThrownBy(() -> d.forward(Nd4j.zeros(DataType.DOUBLE, 4, 2), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOUBLE");
  }
}

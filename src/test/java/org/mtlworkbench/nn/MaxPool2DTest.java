package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MaxPool2DTest {
  /**
   * Two channels of 4×4; channel 0 = 1..16 row by row, channel 1 = its negation. 2×2 windows:
   * channel 0 maxima are the bottom-right of each window (6, 8, 14, 16); channel 1 maxima the
   * top-left (−1, −3, −9, −11).
   */
  private static INDArray twoChannels() {
    double[] v = new double[32];
    for (int i = 0; i < 16; i++) {
      v[i] = i + 1;
      v[16 + i] = -(i + 1);
    }
    return Nd4j.create(v, new long[] {1, 32}, DataType.DOUBLE);
  }

  @Test
  void forwardTakesTheMaximumOfEachWindowPerChannel() {
    MaxPool2D p = new MaxPool2D(new ImageShape(2, 4, 4), 2, 2);
    assertThat(p.forward(twoChannels(), true).toDoubleMatrix())
        .isEqualTo(new double[][] {{6, 8, 14, 16, -1, -3, -9, -11}});
    assertThat(p.outputShape()).isEqualTo(new ImageShape(2, 2, 2));
  }

  /** dY = 1..8 goes to the argmax positions: channel 0 indices 5, 7, 13, 15; channel 1 indices 16, 18, 24, 26. */
  @Test
  void backwardRoutesEachGradientToItsMaximum() {
    MaxPool2D p = new MaxPool2D(new ImageShape(2, 4, 4), 2, 2);
    p.forward(twoChannels(), true);
    INDArray dx = p.backward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8}}), null, true);
    double[] expected = new double[32];
    expected[5] = 1;
    expected[7] = 2;
    expected[13] = 3;
    expected[15] = 4;
    expected[16] = 5;
    expected[18] = 6;
    expected[24] = 7;
    expected[26] = 8;
    assertThat(dx.toDoubleVector()).containsExactly(expected);
  }

  /** 1×5×5 with 3×3 windows and stride 2: overlapping windows (2×2 outputs); a shared maximum gets both gradients. */
  @Test
  void overlappingWindowsAddTheirGradients() {
    double[] v = new double[25];
    v[12] = 10; // the centre belongs to all four windows
    MaxPool2D p = new MaxPool2D(new ImageShape(1, 5, 5), 3, 2);
    assertThat(p.forward(Nd4j.create(v, new long[] {1, 25}, DataType.DOUBLE), true).toDoubleVector())
        .containsExactly(10, 10, 10, 10);
    INDArray dx = p.backward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}}), null, true);
    assertThat(dx.getDouble(0, 12)).isEqualTo(10);
    assertThat(dx.sumNumber().doubleValue()).isEqualTo(10);
  }

  @Test
  void gradientPassesFiniteDifferenceCheckAfterSeveralBackwardCalls() {
    Random rng = new Random(5);
    MaxPool2D p = new MaxPool2D(new ImageShape(3, 6, 7), 2, 2);
    LayerChecks.checkLayer(p, null, LayerChecks.random(rng, 2, 126, 1.0), true, 6);
    assertThat(p.outputShape()).isEqualTo(new ImageShape(3, 3, 3));
  }
}

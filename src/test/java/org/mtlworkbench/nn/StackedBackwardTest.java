package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The stacked backward (K upstream gradients in one pass) against the reference it replaces: K
 * separate {@link Layer#backward} calls after the same forward, in double precision.
 */
class StackedBackwardTest {
  private static final int ROWS = 5;

  private static Sequential net() {
    return new Sequential(List.of(new Dense(4, 6), new Relu(), new Dense(6, 5), new Tanh(),
        new Dense(5, 3), new LeakyRelu(0.2), new Dropout(0.3, 11), new Dense(3, 2), new Sigmoid()));
  }

  @ParameterizedTest(name = "{0} stacked gradients")
  @ValueSource(ints = {1, 2, 4})
  void equalsSeparatePassesParameterRowsAndInputGradients(int copies) {
    Random rng = new Random(5 + copies);
    Sequential s = net();
    long p = s.parameterCount();
    INDArray params = Nd4j.zeros(DataType.DOUBLE, p);
    s.bindParameters(params);
    s.initialize(rng);
    INDArray x = LayerChecks.random(rng, ROWS, 4, 1.5);
    INDArray out = s.forward(x, true);
    INDArray upstream = LayerChecks.random(rng, (long) copies * ROWS, out.size(1), 1.0);

    // reference: one ordinary backward per block, into a row each
    INDArray expectedRows = Nd4j.zeros(DataType.DOUBLE, copies, p);
    INDArray expectedDx = Nd4j.zeros(DataType.DOUBLE, (long) copies * ROWS, 4);
    for (int k = 0; k < copies; k++) {
      INDArray block = upstream.get(NDArrayIndex.interval(k * ROWS, (k + 1) * ROWS), NDArrayIndex.all()).dup();
      INDArray row = Nd4j.zeros(DataType.DOUBLE, p);
      INDArray dx = s.backward(block, row, true);
      expectedRows.putRow(k, row);
      expectedDx.get(NDArrayIndex.interval(k * ROWS, (k + 1) * ROWS), NDArrayIndex.all()).assign(dx);
    }

    // rows with a margin on either side, to check the column offset and that nothing else is written
    INDArray wide = Nd4j.valueArrayOf(new long[] {copies, p + 3}, -7.0, DataType.DOUBLE);
    INDArray dx = s.backwardStacked(upstream, copies, wide, 2, true);

    INDArray rows = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(2, 2 + p));
    assertThat(maxAbs(rows.sub(expectedRows))).isLessThan(1e-12);
    assertThat(maxAbs(dx.sub(expectedDx))).isLessThan(1e-12);
    assertThat(wide.getColumn(0).toDoubleVector()).containsOnly(-7.0);
    assertThat(wide.getColumn(1).toDoubleVector()).containsOnly(-7.0);
    assertThat(wide.getColumn(p + 2).toDoubleVector()).containsOnly(-7.0);
    assertThat(maxAbs(expectedRows)).isGreaterThan(0.0);
  }

  @Test
  void withoutInputGradientTheFirstLayerSkipsItAndReturnsNull() {
    Random rng = new Random(3);
    Dense d = new Dense(3, 2);
    INDArray params = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    d.bindParameters(params);
    d.initialize(rng);
    INDArray x = LayerChecks.random(rng, ROWS, 3, 1.0);
    d.forward(x, true);
    INDArray upstream = LayerChecks.random(rng, 2L * ROWS, 2, 1.0);
    INDArray rows = Nd4j.zeros(DataType.DOUBLE, 2, d.parameterCount());
    assertThat(d.backwardStacked(upstream, 2, rows, 0, false)).isNull();
    // row 1 by hand: dW = xᵀ·dY_2 and db = column sums of dY_2
    INDArray dy2 = upstream.get(NDArrayIndex.interval(ROWS, 2 * ROWS), NDArrayIndex.all());
    double[] expected = new double[(int) d.parameterCount()];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 2; j++) {
        for (int r = 0; r < ROWS; r++) {
          expected[i * 2 + j] += x.getDouble(r, i) * dy2.getDouble(r, j);
        }
      }
    }
    for (int j = 0; j < 2; j++) {
      for (int r = 0; r < ROWS; r++) {
        expected[6 + j] += dy2.getDouble(r, j);
      }
    }
    double[] actual = rows.getRow(1).toDoubleVector();
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void rejectsAStackOfTheWrongHeight() {
    Dense d = new Dense(3, 2);
    d.bindParameters(Nd4j.zeros(DataType.DOUBLE, d.parameterCount()));
    d.forward(Nd4j.zeros(DataType.DOUBLE, ROWS, 3), true);
    INDArray rows = Nd4j.zeros(DataType.DOUBLE, 2, d.parameterCount());
    assertThatThrownBy(() -> d.backwardStacked(Nd4j.zeros(DataType.DOUBLE, ROWS, 2), 2, rows, 0, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradOutputs");
  }

  private static double maxAbs(INDArray a) {
    return a.amaxNumber().doubleValue();
  }
}

package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SequentialTest {

  private static Sequential smoothNet() {
    return new Sequential(List.of(new Dense(4, 6), new Tanh(), new Dense(6, 5), new Sigmoid(),
        new Dense(5, 3), new LeakyRelu(0.2), new Dense(3, 2)));
  }

  @Test
  void segmentsNameAndLocateEachParameterisedLayer() {
    Sequential s = smoothNet();
    assertThat(s.parameterSegments()).containsExactly(
        new ParameterSegment("dense1", 0, 30),
        new ParameterSegment("dense2", 30, 35),
        new ParameterSegment("dense3", 65, 18),
        new ParameterSegment("dense4", 83, 8));
    assertThat(s.parameterCount()).isEqualTo(91);
    assertThat(s.outputSize()).isEqualTo(2);
  }

  @Test
  void nestedSequentialSegmentsKeepTheirPlace() {
    Sequential inner = new Sequential(List.of(new Dense(3, 2), new Relu(), new Dense(2, 2)));
    Sequential outer = new Sequential(List.of(new Dense(4, 3), inner, new Dense(2, 1)));
    // dense 4→3: 15; inner: 8 + 6; dense 2→1: 3
    assertThat(outer.parameterSegments()).containsExactly(
        new ParameterSegment("dense1", 0, 15),
        new ParameterSegment("sequential1/dense1", 15, 8),
        new ParameterSegment("sequential1/dense2", 23, 6),
        new ParameterSegment("dense2", 29, 3));
  }

  @Test
  void bindsConsecutiveSlices() {
    Dense a = new Dense(2, 2);
    Dense b = new Dense(2, 1);
    Sequential s = new Sequential(List.of(a, new Relu(), b));
    INDArray flat = Nd4j.zeros(DataType.FLOAT, 9);
    s.bindParameters(flat);
    a.bias().assign(1); // elements 4, 5
    b.weights().assign(2); // elements 6, 7
    b.bias().assign(3); // element 8
    assertThat(flat.toFloatVector()).containsExactly(0, 0, 0, 0, 1, 1, 2, 2, 3);
  }

  @Test
  void wholeNetworkPassesFiniteDifferenceCheck() {
    Random rng = new Random(9);
    Sequential s = smoothNet();
    INDArray params = Nd4j.zeros(DataType.DOUBLE, s.parameterCount());
    s.bindParameters(params);
    s.initialize(rng);
    LayerChecks.checkLayer(s, params, LayerChecks.random(rng, 5, 4, 1.5), true, 10);
  }

  @Test
  void reluNetworkPassesFiniteDifferenceCheck() {
    Random rng = new Random(12);
    Sequential s = new Sequential(List.of(new Dense(3, 8), new Relu(), new Dense(8, 2)));
    INDArray params = Nd4j.zeros(DataType.DOUBLE, s.parameterCount());
    s.bindParameters(params);
    s.initialize(rng);
    LayerChecks.checkLayer(s, params, LayerChecks.random(rng, 4, 3, 1.0), true, 13);
  }

  @Test
  void perTaskBackwardWritesEachTasksRowAndMatchesAFreshPass() {
    Random rng = new Random(21);
    Sequential s = smoothNet();
    INDArray params = Nd4j.zeros(DataType.DOUBLE, s.parameterCount());
    s.bindParameters(params);
    s.initialize(rng);
    INDArray x = LayerChecks.random(rng, 5, 4, 1.0);
    INDArray g0 = LayerChecks.random(rng, 5, 2, 1.0);
    INDArray g1 = LayerChecks.random(rng, 5, 2, 1.0);
    INDArray perTask = Nd4j.zeros(DataType.DOUBLE, 2, s.parameterCount());
    s.forward(x, true);
    s.backward(g0, perTask.getRow(0), false);
    s.backward(g1, perTask.getRow(1), false);
    s.backward(g0, perTask.getRow(0), false); // again: cached slices must still be right

    // reference: each task alone, with a forward of its own, into a separate vector
    for (int task = 0; task < 2; task++) {
      INDArray alone = Nd4j.zeros(DataType.DOUBLE, s.parameterCount());
      s.forward(x, true);
      s.backward(task == 0 ? g0 : g1, alone, false);
      assertThat(perTask.getRow(task)).isEqualTo(alone);
    }
    assertThat(perTask.getRow(0)).isNotEqualTo(perTask.getRow(1));
  }

  @Test
  void inputGradientOnlyWhenAsked() {
    Sequential s = new Sequential(List.of(new Dense(2, 2), new Relu()));
    s.bindParameters(Nd4j.ones(DataType.FLOAT, 6));
    s.forward(Nd4j.ones(DataType.FLOAT, 3, 2), true);
    assertThat(s.backward(Nd4j.ones(DataType.FLOAT, 3, 2), Nd4j.zeros(DataType.FLOAT, 6), false)).isNull();
    assertThat(s.backward(Nd4j.ones(DataType.FLOAT, 3, 2), Nd4j.zeros(DataType.FLOAT, 6), true)).isNotNull();
  }

  @Test
  void rejectsMismatchedWidths() {
    assertThatThrownBy(() -> new Sequential(List.of(new Dense(4, 6), new Relu(), new Dense(5, 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expects width 5");
    assertThatThrownBy(() -> new Sequential(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}

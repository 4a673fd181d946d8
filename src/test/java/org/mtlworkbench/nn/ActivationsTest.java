package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ActivationsTest {
  private static final INDArray X = Nd4j.createFromArray(new double[][] {{-2, -0.5, 0.5, 3}});

  static Stream<Supplier<ElementwiseLayer>> layers() {
    return Stream.of(Relu::new, () -> new LeakyRelu(0.1), Tanh::new, Sigmoid::new);
  }

  @Test
  void reluByHand() {
    assertThat(new Relu().forward(X, true).toDoubleVector()).containsExactly(0, 0, 0.5, 3);
    Relu r = new Relu();
    r.forward(X, true);
    // dX = dY ⊙ [x > 0]
    INDArray dx = r.backward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}}), null, true);
    assertThat(dx.toDoubleVector()).containsExactly(0, 0, 3, 4);
  }

  @Test
  void leakyReluByHand() {
    LeakyRelu l = new LeakyRelu(0.1);
    assertThat(l.forward(X, true).toDoubleVector()).containsExactly(-0.2, -0.05, 0.5, 3);
    INDArray dx = l.backward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}}), null, true);
    assertThat(dx.toDoubleVector()).containsExactly(0.1, 0.2, 3, 4);
    assertThatThrownBy(() -> new LeakyRelu(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tanhAndSigmoidByHand() {
    // tanh(0.5) = 0.46211715726, 1 − tanh² = 0.78644773296
    Tanh t = new Tanh();
    assertThat(t.forward(X, true).getDouble(0, 2)).isCloseTo(0.46211715726, within(1e-10));
    assertThat(t.backward(Nd4j.ones(DataType.DOUBLE, 1, 4), null, true).getDouble(0, 2)).isCloseTo(0.78644773296, within(1e-10));
    // σ(−0.5) = 0.37754066880, σ·(1 − σ) = 0.23500371220
    Sigmoid s = new Sigmoid();
    assertThat(s.forward(X, true).getDouble(0, 1)).isCloseTo(0.37754066880, within(1e-10));
    assertThat(s.backward(Nd4j.ones(DataType.DOUBLE, 1, 4), null, true).getDouble(0, 1)).isCloseTo(0.23500371220, within(1e-10));
  }

  @ParameterizedTest
  @MethodSource("layers")
  void gradientsPassFiniteDifferenceCheck(Supplier<ElementwiseLayer> make) {
    Random rng = new Random(3);
    // keep inputs away from the ReLU kink so that ±ε does not cross it
    INDArray x = LayerChecks.random(rng, 4, 6, 2.0);
    for (long i = 0; i < x.length(); i++) {
      double v = x.getDouble(i / 6, i % 6);
      if (Math.abs(v) < 0.05) {
        x.putScalar(i / 6, i % 6, 0.3);
      }
    }
    LayerChecks.checkLayer(make.get(), null, x, true, 4);
  }

  @ParameterizedTest
  @MethodSource("layers")
  void repeatedBackwardUsesTheSameForward(Supplier<ElementwiseLayer> make) {
    ElementwiseLayer layer = make.get();
    Random rng = new Random(5);
    INDArray x = LayerChecks.random(rng, 3, 4, 2.0);
    layer.forward(x, true);
    INDArray g1 = LayerChecks.random(rng, 3, 4, 1.0);
    INDArray g2 = LayerChecks.random(rng, 3, 4, 1.0);
    INDArray first = layer.backward(g1, null, true).dup();
    INDArray second = layer.backward(g2, null, true).dup();
    ElementwiseLayer fresh = make.get();
    fresh.forward(x, true);
    assertThat(second).isEqualTo(fresh.backward(g2, null, true));
    assertThat(layer.backward(g1, null, true)).isEqualTo(first);
    assertThat(layer.backward(g1, null, false)).isNull();
  }

  @Test
  void widthFollowsTheInput() {
    Relu r = new Relu();
    assertThatThrownBy(r::outputSize).isInstanceOf(IllegalStateException.class);
    r.forward(Nd4j.zeros(DataType.FLOAT, 2, 7), false);
    assertThat(r.outputSize()).isEqualTo(7);
    // a new batch size gets new buffers
    assertThat(r.forward(Nd4j.ones(DataType.FLOAT, 5, 7), false).sumNumber().doubleValue()).isEqualTo(35.0);
  }
}

package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A small Multi-LeNet-shaped chain: conv → pool → relu → conv → pool → relu → flatten → dense. */
class ConvNetworkTest {

  static Sequential lenet(ImageShape input) {
    Conv2D c1 = new Conv2D(input, 3, 3, 1, 0);
    MaxPool2D p1 = new MaxPool2D(c1.outputShape(), 2, 2);
    Conv2D c2 = new Conv2D(p1.outputShape(), 4, 2, 1, 0);
    MaxPool2D p2 = new MaxPool2D(c2.outputShape(), 2, 2);
    Flatten flat = new Flatten(p2.outputShape());
    return new Sequential(List.of(c1, p1, new Relu(), c2, p2, new Relu(), flat, new Dense(flat.outputSize(), 5)));
  }

  @Test
  void wholeChainPassesFiniteDifferenceCheck() {
    // 1×12×12 → conv 3@3×3 → 3×10×10 → pool → 3×5×5 → conv 4@2×2 → 4×4×4 → pool → 4×2×2 → 16 → 5
    Sequential net = lenet(new ImageShape(1, 12, 12));
    assertThat(net.outputSize()).isEqualTo(5);
    INDArray params = Nd4j.zeros(DataType.DOUBLE, net.parameterCount());
    net.bindParameters(params);
    net.initialize(new Random(11));
    LayerChecks.checkLayer(net, params, LayerChecks.random(new Random(12), 3, 144, 1.0), true, 13);
    assertThat(net.parameterSegments()).extracting(ParameterSegment::name).containsExactly("conv2d1", "conv2d2", "dense1");
    assertThat(net.describe()).startsWith("conv 3@3×3 1×12×12→3×10×10 → maxpool 2×2 3×10×10→3×5×5 → relu");
  }
}

package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A convolution that pools its own output ({@link Conv2D#withMaxPool}, with and without the fused
 * ReLU) against the three layers it replaces (conv → max-pool → ReLU), in double precision:
 * output, parameter and input gradients, the stacked backward of K upstream gradients against K
 * separate passes, a finite-difference check of the fused layer itself, and the same results
 * with the images split over two threads.
 */
class ConvPoolFusionTest {
  private static final int ROWS = 5;

  @AfterEach
  void oneThreadAgain() {
    NativeThreads.configure(1);
  }

  private static double maxAbs(INDArray a) {
    return a.isEmpty() ? 0 : abs(a).maxNumber().doubleValue();
  }

  private static INDArray abs(INDArray a) {
    return org.nd4j.linalg.ops.transforms.Transforms.abs(a, true);
  }

  /** 3 filters on 2×3×3 patches accumulate the weight gradient transposed, 6 filters do not. */
  @ParameterizedTest(name = "relu {0}, pool {1} stride {2}, conv stride {3} padding {4}, {5} thread(s), {6} filters")
  @CsvSource({"true, 2, 2, 1, 0, 1, 3", "false, 2, 2, 1, 1, 1, 6", "true, 3, 2, 2, 1, 1, 3", "true, 2, 2, 1, 0, 2, 6",
      "false, 3, 1, 1, 2, 2, 3"})
  void fusedLayerEqualsConvPoolReluChain(boolean relu, int pool, int poolStride, int stride, int padding, int threads, int filters) {
    NativeThreads.configure(threads);
    Random rng = new Random(pool * 7 + padding);
    ImageShape in = new ImageShape(2, 9, 8);
    Conv2D conv = new Conv2D(in, filters, 3, stride, padding);
    MaxPool2D plainPool = new MaxPool2D(conv.outputShape(), pool, poolStride);
    Sequential chain = new Sequential(relu ? List.of(conv, plainPool, new Relu()) : List.of(conv, plainPool));
    MaxPool2D fusedPool = relu ? MaxPool2D.withRelu(conv.outputShape(), pool, poolStride) : new MaxPool2D(conv.outputShape(), pool, poolStride);
    Conv2D fused = new Conv2D(in, filters, 3, stride, padding).withMaxPool(fusedPool);
    assertThat(fused.pools()).isTrue();
    assertThat(fused.outputShape()).isEqualTo(plainPool.outputShape());
    assertThat(fused.describe()).isEqualTo(chain.describe());
    long p = conv.parameterCount();
    INDArray params = Nd4j.zeros(DataType.DOUBLE, p);
    chain.bindParameters(params);
    chain.initialize(rng);
    fused.bindParameters(params.dup());
    INDArray x = LayerChecks.random(rng, ROWS, in.size(), 1.0);

    INDArray expectedY = chain.forward(x, true).dup();
    INDArray y = fused.forward(x, true);
    assertThat(maxAbs(y.sub(expectedY))).isLessThan(1e-12);
    assertThat(relu ? expectedY.minNumber().doubleValue() : -1).isGreaterThanOrEqualTo(relu ? 0.0 : -1);

    int copies = 3;
    INDArray upstream = LayerChecks.random(rng, (long) copies * ROWS, y.size(1), 1.0);
    INDArray expectedRows = Nd4j.zeros(DataType.DOUBLE, copies, p);
    INDArray expectedDx = Nd4j.zeros(DataType.DOUBLE, (long) copies * ROWS, in.size());
    for (int k = 0; k < copies; k++) {
      INDArray block = upstream.get(NDArrayIndex.interval(k * ROWS, (k + 1) * ROWS), NDArrayIndex.all()).dup();
      INDArray row = Nd4j.zeros(DataType.DOUBLE, p);
      INDArray dx = chain.backward(block, row, true);
      expectedRows.putRow(k, row);
      expectedDx.get(NDArrayIndex.interval(k * ROWS, (k + 1) * ROWS), NDArrayIndex.all()).assign(dx);
    }
    // one plain backward of the fused layer, then all copies stacked into rows with margins
    INDArray single = Nd4j.zeros(DataType.DOUBLE, p);
    INDArray dx0 = fused.backward(upstream.get(NDArrayIndex.interval(0, ROWS), NDArrayIndex.all()).dup(), single, true);
    assertThat(maxAbs(single.sub(expectedRows.getRow(0)))).isLessThan(1e-12);
    assertThat(maxAbs(dx0.sub(expectedDx.get(NDArrayIndex.interval(0, ROWS), NDArrayIndex.all())))).isLessThan(1e-12);
    INDArray wide = Nd4j.valueArrayOf(new long[] {copies, p + 2}, -7.0, DataType.DOUBLE);
    INDArray dx = fused.backwardStacked(upstream, copies, wide, 1, true);
    assertThat(maxAbs(wide.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 1 + p)).sub(expectedRows))).isLessThan(1e-12);
    assertThat(maxAbs(dx.sub(expectedDx))).isLessThan(1e-12);
    assertThat(wide.getColumn(0).toDoubleVector()).containsOnly(-7.0);
    assertThat(wide.getColumn(p + 1).toDoubleVector()).containsOnly(-7.0);
    assertThat(maxAbs(expectedRows)).isGreaterThan(0.0);
    assertThat(maxAbs(expectedDx)).isGreaterThan(0.0);

    // the plain conv's own stacked backward against the same separate passes
    conv.forward(x, true);
    INDArray convUp = LayerChecks.random(rng, (long) copies * ROWS, conv.outputSize(), 1.0);
    INDArray convRows = Nd4j.zeros(DataType.DOUBLE, copies, p);
    INDArray convDx = conv.backwardStacked(convUp, copies, convRows, 0, true).dup();
    for (int k = 0; k < copies; k++) {
      INDArray row = Nd4j.zeros(DataType.DOUBLE, p);
      INDArray d = conv.backward(convUp.get(NDArrayIndex.interval(k * ROWS, (k + 1) * ROWS), NDArrayIndex.all()).dup(), row, true);
      assertThat(maxAbs(convRows.getRow(k).sub(row))).isLessThan(1e-12);
      assertThat(maxAbs(convDx.get(NDArrayIndex.interval(k * ROWS, (k + 1) * ROWS), NDArrayIndex.all()).sub(d))).isLessThan(1e-12);
    }
  }

  @ParameterizedTest(name = "relu {0}")
  @CsvSource({"true", "false"})
  void fusedLayerPassesFiniteDifferenceCheck(boolean relu) {
    Random rng = new Random(21);
    ImageShape in = new ImageShape(2, 8, 7);
    Conv2D conv = new Conv2D(in, 3, 3, 1, 1);
    Conv2D fused = conv.withMaxPool(relu ? MaxPool2D.withRelu(conv.outputShape(), 2, 2) : new MaxPool2D(conv.outputShape(), 2, 2));
    INDArray params = Nd4j.zeros(DataType.DOUBLE, fused.parameterCount());
    fused.bindParameters(params);
    fused.initialize(rng);
    LayerChecks.checkLayer(fused, params, LayerChecks.random(rng, 3, in.size(), 1.0), true, 22);
  }

  @ParameterizedTest(name = "pool {0} stride {1}")
  @CsvSource({"2, 2", "3, 2"})
  void poolingWithReluPassesFiniteDifferenceCheck(int pool, int stride) {
    Random rng = new Random(31 + pool);
    MaxPool2D p = MaxPool2D.withRelu(new ImageShape(2, 7, 6), pool, stride);
    assertThat(p.describe()).endsWith("→ relu");
    LayerChecks.checkLayer(p, null, LayerChecks.random(rng, 3, 84, 1.0), true, 32);
  }

  /** The branch-free 2×2 float kernel routes like the general loop that the double path runs. */
  @ParameterizedTest(name = "relu {0}")
  @CsvSource({"true", "false"})
  void floatTwoByTwoPoolingAgreesWithTheGeneralLoop(boolean relu) {
    ImageShape in = new ImageShape(3, 6, 8);
    MaxPool2D d = relu ? MaxPool2D.withRelu(in, 2, 2) : new MaxPool2D(in, 2, 2);
    MaxPool2D f = relu ? MaxPool2D.withRelu(in, 2, 2) : new MaxPool2D(in, 2, 2);
    Random rng = new Random(4);
    INDArray x = LayerChecks.random(rng, 4, in.size(), 1.0);
    x.putScalar(0, 1, x.getDouble(0, 0)); // a tie: the first of the window wins in both
    INDArray xf = x.castTo(DataType.FLOAT);
    double[] yd = d.forward(x, true).reshape(-1).toDoubleVector();
    double[] yf = f.forward(xf, true).castTo(DataType.DOUBLE).reshape(-1).toDoubleVector();
    for (int i = 0; i < yd.length; i++) {
      assertThat(yf[i]).isEqualTo((double) (float) yd[i]);
    }
    INDArray dy = LayerChecks.random(rng, 4, d.outputSize(), 1.0);
    double[] dxd = d.backward(dy, null, true).reshape(-1).toDoubleVector();
    double[] dxf = f.backward(dy.castTo(DataType.FLOAT), null, true).castTo(DataType.DOUBLE).reshape(-1).toDoubleVector();
    for (int i = 0; i < dxd.length; i++) {
      assertThat(dxf[i]).isEqualTo((double) (float) dxd[i]);
    }
  }
}

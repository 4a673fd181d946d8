package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The heap path must give what ND4J's own ops give, bit for bit, including at the edges (−0, NaN,
 * infinities, subnormals), and must decline what it cannot do so that the caller falls back.
 */
class HostElementwiseTest {
  private static final float[] EDGES = {
    -0.0f, 0.0f, Float.NaN, 1e-40f, -1e-40f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2.5f, -2.5f
  };

  private static INDArray values(DataType t, int rows, int cols, long seed) {
    Random r = new Random(seed);
    double[] v = new double[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = i < EDGES.length ? EDGES[i] : r.nextGaussian() * 3;
    }
    return Nd4j.create(v, new long[] {rows, cols}, t);
  }

  private static void assertSameBits(INDArray actual, INDArray expected) {
    double[] a = actual.castTo(DataType.DOUBLE).data().asDouble();
    double[] e = expected.castTo(DataType.DOUBLE).data().asDouble();
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < a.length; i++) {
      assertThat(Double.doubleToRawLongBits(a[i])).as("element %d: %s vs %s", i, a[i], e[i])
          .isEqualTo(Double.doubleToRawLongBits(e[i]));
    }
  }

  @Test
  void blockProductMatchesNd4jBroadcastForBothTypes() {
    for (DataType t : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      INDArray x = values(t, 3 * 24, 64, 1);
      INDArray f = values(t, 24, 64, 2);
      INDArray expected = Nd4j.create(t, 3 * 24, 64);
      Nd4j.getExecutioner().exec(new BroadcastMulOp(x.reshape(3, 24 * 64), f.reshape(24 * 64),
          expected.reshape(3, 24 * 64), 1));
      INDArray z = Nd4j.create(t, 3 * 24, 64);

      assertThat(new HostElementwise().multiply(x, 3, f, z)).isTrue();
      assertSameBits(z, expected);
    }
  }

  @Test
  void productMayWriteIntoItsInput() {
    INDArray x = values(DataType.FLOAT, 8, 5, 3);
    INDArray f = values(DataType.FLOAT, 8, 5, 4);
    INDArray expected = x.mul(f);

    assertThat(new HostElementwise().multiply(x, 1, f, x)).isTrue();
    assertSameBits(x, expected);
  }

  @Test
  void reluAndStepMatchNd4jIncludingNanAndSignedZero() {
    for (DataType t : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      INDArray x = values(t, 16, 32, 5);
      INDArray relu = Nd4j.create(t, 16, 32);
      INDArray step = Nd4j.create(t, 16, 32);
      Nd4j.getExecutioner().exec(new RectifiedLinear(x, relu, 0.0));
      Nd4j.getExecutioner().exec(new Step(x, step, 0.0));
      INDArray y = Nd4j.create(t, 16, 32);
      INDArray d = Nd4j.create(t, 16, 32);
      HostElementwise host = new HostElementwise();

      assertThat(host.relu(x, y)).isTrue();
      assertThat(host.step(x, d)).isTrue();
      assertSameBits(y, relu);
      assertSameBits(d, step);
      assertThat(Double.doubleToRawLongBits(y.getDouble(0, 0))).as("relu(-0) keeps its sign")
          .isEqualTo(Double.doubleToRawLongBits(-0.0));
      assertThat(y.getDouble(0, 2)).as("relu(NaN)").isNaN();
    }
  }

  @Test
  void declinesLargeMixedOrStridedArraysAndLeavesTheOutputAlone() {
    HostElementwise host = new HostElementwise();
    INDArray big = Nd4j.ones(DataType.FLOAT, 1, HostElementwise.LIMIT + 1);
    INDArray bigOut = Nd4j.zeros(DataType.FLOAT, 1, HostElementwise.LIMIT + 1);
    INDArray doubles = Nd4j.ones(DataType.DOUBLE, 4, 4);
    INDArray floats = Nd4j.zeros(DataType.FLOAT, 4, 4);
    INDArray strided = Nd4j.ones(DataType.FLOAT, 4, 4).get(
        org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2));
    INDArray out = Nd4j.zeros(DataType.FLOAT, 4, 2);

    assertThat(host.relu(big, bigOut)).isFalse();
    assertThat(host.step(doubles, floats)).isFalse();
    assertThat(host.multiply(doubles, 1, doubles, floats)).isFalse();
    assertThat(host.relu(strided, out)).isFalse();
    assertThat(bigOut.sumNumber().doubleValue()).isZero();
    assertThat(floats.sumNumber().doubleValue()).isZero();
    assertThat(out.sumNumber().doubleValue()).isZero();
  }
}

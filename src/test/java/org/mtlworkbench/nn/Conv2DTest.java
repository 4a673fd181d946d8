package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class Conv2DTest {

  /**
   * One 3×3 image [[1,2,3],[4,5,6],[7,8,9]], one 2×2 filter [[1,0],[0,−1]], bias 0.5: each output
   * is x[i][j] − x[i+1][j+1] + 0.5 = −4 + 0.5 = −3.5 at all four positions.
   */
  @Test
  void forwardMatchesHandComputation() {
    Conv2D c = new Conv2D(new ImageShape(1, 3, 3), 1, 2, 1, 0);
    c.bindParameters(Nd4j.createFromArray(1.0, 0, 0, -1, 0.5));
    INDArray y = c.forward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}}), true);
    assertThat(y.toDoubleMatrix()).isEqualTo(new double[][] {{-3.5, -3.5, -3.5, -3.5}});
    assertThat(c.outputShape()).isEqualTo(new ImageShape(1, 2, 2));
  }

  /**
   * Same image and filter, upstream gradient dY = [[1, 0], [0, 2]] (positions (0,0) and (1,1)):
   * dW[u][v] = Σ_ij dY[i][j]·x[i+u][j+v] = 1·x[u][v] + 2·x[1+u][1+v] → [[1+10, 2+12], [4+16,
   * 5+18]] = [[11, 14], [20, 23]]; db = 3; dX = Σ dY[i][j]·W placed at (i, j): W at (0,0) plus 2·W
   * at (1,1) → [[1, 0, 0], [0, −1+2, 0], [0, 0, −2]].
   */
  @Test
  void backwardMatchesHandComputation() {
    Conv2D c = new Conv2D(new ImageShape(1, 3, 3), 1, 2, 1, 0);
    c.bindParameters(Nd4j.createFromArray(1.0, 0, 0, -1, 0.5));
    c.forward(Nd4j.createFromArray(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}}), true);
    INDArray grad = Nd4j.zeros(DataType.DOUBLE, 5);
    INDArray dx = c.backward(Nd4j.createFromArray(new double[][] {{1, 0, 0, 2}}), grad, true);
    assertThat(grad.toDoubleVector()).containsExactly(11, 14, 20, 23, 3);
    assertThat(dx.toDoubleMatrix()).isEqualTo(new double[][] {{1, 0, 0, 0, 1, 0, 0, 0, -2}});
  }

  /** Against a direct convolution written out in loops, with channels, stride and padding. */
  @Test
  void forwardAgreesWithDirectConvolution() {
    ImageShape in = new ImageShape(2, 7, 6);
    int filters = 3;
    int k = 3;
    int stride = 2;
    int pad = 1;
    Conv2D c = new Conv2D(in, filters, k, stride, pad);
    Random rng = new Random(4);
    INDArray params = LayerChecks.random(rng, 1, c.parameterCount(), 1.0).reshape(c.parameterCount());
    c.bindParameters(params);
    INDArray x = LayerChecks.random(rng, 3, in.size(), 1.0);
    double[][] y = c.forward(x, true).toDoubleMatrix();
    double[] p = params.toDoubleVector();
    double[][] xs = x.toDoubleMatrix();
    ImageShape out = c.outputShape();
    assertThat(out).isEqualTo(new ImageShape(3, 4, 3)); // (7+2−3)/2+1 = 4, (6+2−3)/2+1 = 3
    for (int b = 0; b < 3; b++) {
      for (int f = 0; f < filters; f++) {
        for (int i = 0; i < out.height(); i++) {
          for (int j = 0; j < out.width(); j++) {
            double s = p[filters * in.channels() * k * k + f];
            for (int ch = 0; ch < in.channels(); ch++) {
              for (int u = 0; u < k; u++) {
                for (int v = 0; v < k; v++) {
                  int r = stride * i + u - pad;
                  int col = stride * j + v - pad;
                  if (r >= 0 && r < in.height() && col >= 0 && col < in.width()) {
                    s += p[((f * in.channels() + ch) * k + u) * k + v] * xs[b][(ch * in.height() + r) * in.width() + col];
                  }
                }
              }
            }
            assertThat(y[b][(f * out.height() + i) * out.width() + j]).isCloseTo(s, within(1e-12));
          }
        }
      }
    }
  }

  @Test
  void gradientsPassFiniteDifferenceCheckAfterSeveralBackwardCalls() {
    for (int[] config : new int[][] {{1, 0}, {2, 1}}) {
      Random rng = new Random(7);
      Conv2D c = new Conv2D(new ImageShape(2, 6, 5), 3, 3, config[0], config[1]);
      INDArray params = Nd4j.zeros(DataType.DOUBLE, c.parameterCount());
      c.bindParameters(params);
      c.initialize(rng);
      LayerChecks.checkLayer(c, params, LayerChecks.random(rng, 2, 60, 1.0), true, 3);
    }
  }

  @Test
  void floatPathAgreesWithDoubleAndBatchSizeMayChange() {
    Random rng = new Random(9);
    Conv2D d = new Conv2D(new ImageShape(1, 8, 8), 4, 5, 1, 0);
    Conv2D f = new Conv2D(new ImageShape(1, 8, 8), 4, 5, 1, 0);
    INDArray pd = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    d.bindParameters(pd);
    d.initialize(rng);
    f.bindParameters(pd.castTo(DataType.FLOAT));
    for (int rows : new int[] {5, 2}) {
      INDArray x = LayerChecks.random(rng, rows, 64, 1.0);
      double[] expected = d.forward(x, true).reshape(-1).toDoubleVector();
      double[] actual = f.forward(x.castTo(DataType.FLOAT), true).castTo(DataType.DOUBLE).reshape(-1).toDoubleVector();
      assertThat(actual).hasSize(rows * 4 * 4 * 4);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).isCloseTo(expected[i], within(1e-5));
      }
    }
  }

  /**
   * A batch that spans several groups of interleaved images, the last one short (Multi-LeNet's
   * second layer with its pooling, 37 images in groups of {@link Conv2D#bandFor}), on one and two
   * threads: each image's output and input gradient are what that image gives alone, and the
   * parameter gradient is the sum of the single images' (a batch of one is one group of one image,
   * the plain layout).
   */
  @Test
  void interleavedGroupsGiveWhatEachImageGivesAlone() {
    ImageShape in = new ImageShape(10, 12, 12);
    int rows = 37;
    assertThat(Conv2D.bandFor(8, 250, 64)).isBetween(2, rows / 2);
    for (int threads : new int[] {1, 2}) {
      ParallelGemm.configure(threads);
      try {
        Random rng = new Random(12);
        Conv2D c = new Conv2D(in, 20, 5, 1, 0);
        c = c.withMaxPool(MaxPool2D.withRelu(c.outputShape(), 2, 2));
        Conv2D one = new Conv2D(in, 20, 5, 1, 0).withMaxPool(MaxPool2D.withRelu(new ImageShape(20, 8, 8), 2, 2));
        INDArray params = Nd4j.zeros(DataType.DOUBLE, c.parameterCount());
        c.bindParameters(params);
        c.initialize(rng);
        one.bindParameters(params);
        INDArray x = LayerChecks.random(rng, rows, in.size(), 1.0);
        INDArray dy = LayerChecks.random(rng, rows, c.outputSize(), 1.0);
        double[][] y = c.forward(x, true).toDoubleMatrix();
        INDArray grad = Nd4j.zeros(DataType.DOUBLE, c.parameterCount());
        double[][] dx = c.backward(dy, grad, true).toDoubleMatrix();
        double[] summed = new double[(int) c.parameterCount()];
        for (int b = 0; b < rows; b++) {
          double[] yb = one.forward(x.getRow(b, true).dup(), true).toDoubleVector();
          INDArray gb = Nd4j.zeros(DataType.DOUBLE, c.parameterCount());
          double[] dxb = one.backward(dy.getRow(b, true).dup(), gb, true).toDoubleVector();
          for (int e = 0; e < yb.length; e++) {
            assertThat(y[b][e]).isCloseTo(yb[e], within(1e-12));
          }
          for (int e = 0; e < dxb.length; e++) {
            assertThat(dx[b][e]).isCloseTo(dxb[e], within(1e-12));
          }
          double[] g = gb.toDoubleVector();
          for (int e = 0; e < g.length; e++) {
            summed[e] += g[e];
          }
        }
        double[] actual = grad.toDoubleVector();
        for (int e = 0; e < summed.length; e++) {
          assertThat(actual[e]).isCloseTo(summed[e], within(1e-10));
        }
        // three tasks' gradients stacked through the groups in one pass: each block as its own backward
        int copies = 3;
        INDArray stacked = LayerChecks.random(rng, (long) copies * rows, c.outputSize(), 1.0);
        INDArray gradRows = Nd4j.zeros(DataType.DOUBLE, copies, c.parameterCount());
        c.forward(x, true);
        double[][] dxStacked = c.backwardStacked(stacked, copies, gradRows, 0, true).toDoubleMatrix();
        for (int k = 0; k < copies; k++) {
          INDArray block = stacked.get(NDArrayIndex.interval(k * rows, (k + 1) * rows), NDArrayIndex.all()).dup();
          INDArray gk = Nd4j.zeros(DataType.DOUBLE, c.parameterCount());
          double[][] dxk = c.backward(block, gk, true).toDoubleMatrix();
          double[] expected = gk.toDoubleVector();
          double[] got = gradRows.getRow(k).toDoubleVector();
          for (int e = 0; e < expected.length; e++) {
            assertThat(got[e]).isCloseTo(expected[e], within(1e-12));
          }
          for (int b = 0; b < rows; b++) {
            for (int e = 0; e < dxk[b].length; e++) {
              assertThat(dxStacked[k * rows + b][e]).isCloseTo(dxk[b][e], within(1e-12));
            }
          }
        }
      } finally {
        ParallelGemm.configure(1);
      }
    }
  }

  /** The float backward (what training runs) against the double one that the finite differences check. */
  @Test
  void floatBackwardAgreesWithDouble() {
    Random rng = new Random(10);
    ImageShape in = new ImageShape(2, 7, 7);
    Conv2D d = new Conv2D(in, 3, 3, 2, 1);
    Conv2D f = new Conv2D(in, 3, 3, 2, 1);
    INDArray pd = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    d.bindParameters(pd);
    d.initialize(rng);
    f.bindParameters(pd.castTo(DataType.FLOAT));
    INDArray x = LayerChecks.random(rng, 4, in.size(), 1.0);
    d.forward(x, true);
    f.forward(x.castTo(DataType.FLOAT), true);
    INDArray dy = LayerChecks.random(rng, 4, d.outputSize(), 1.0);
    INDArray gd = Nd4j.zeros(DataType.DOUBLE, d.parameterCount());
    INDArray gf = Nd4j.zeros(DataType.FLOAT, f.parameterCount());
    double[] dxd = d.backward(dy, gd, true).reshape(-1).toDoubleVector();
    double[] dxf = f.backward(dy.castTo(DataType.FLOAT), gf, true).castTo(DataType.DOUBLE).reshape(-1).toDoubleVector();
    double[] gfd = gf.castTo(DataType.DOUBLE).toDoubleVector();
    double[] gdd = gd.toDoubleVector();
    for (int i = 0; i < dxd.length; i++) {
      assertThat(dxf[i]).isCloseTo(dxd[i], within(1e-5));
    }
    for (int i = 0; i < gdd.length; i++) {
      assertThat(gfd[i]).isCloseTo(gdd[i], within(1e-4));
    }
  }

  @Test
  void initialisationIsBoundedByFanIn() {
    Conv2D c = new Conv2D(new ImageShape(10, 12, 12), 20, 5, 1, 0);
    INDArray params = Nd4j.zeros(DataType.DOUBLE, c.parameterCount());
    assertThat(c.parameterCount()).isEqualTo(20 * 10 * 25 + 20);
    c.bindParameters(params);
    c.initialize(new Random(1));
    double bound = 1 / Math.sqrt(250);
    assertThat(params.maxNumber().doubleValue()).isLessThanOrEqualTo(bound).isGreaterThan(0.9 * bound);
    assertThat(params.minNumber().doubleValue()).isGreaterThanOrEqualTo(-bound).isLessThan(-0.9 * bound);
  }
}

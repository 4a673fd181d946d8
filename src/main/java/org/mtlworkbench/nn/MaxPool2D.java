package org.mtlworkbench.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Max pooling over {@code k × k} windows with stride s, channel by channel, no padding (windows
 * that would cross the border are dropped, as in PyTorch's default {@code floor} mode):
 *
 * <pre>  Y[b, c, i, j] = max_{0 ≤ u, v &lt; k} X[b, c, s·i + u, s·j + v]</pre>
 *
 * <p>Backward routes each output gradient to the input position that held the maximum (the first
 * in row-major order on ties), which is the subgradient PyTorch uses; the positions are kept from
 * the forward pass, so further backward calls (one per task) only scatter.
 *
 * <p>Done on the host in plain loops: one bulk copy in and one out per call, which for the small
 * feature maps of a LeNet costs less than the native pooling ops' per-call overhead plus their
 * recomputing the maxima in backward.
 */
public final class MaxPool2D implements ParameterFree {
  private final ImageShape in;
  private final ImageShape out;
  private final int pool;
  private final int stride;
  private final HostBuffer host = new HostBuffer();

  private int[] argmax = new int[0];
  private double[] values = new double[0];
  private double[] scattered = new double[0];
  private INDArray output;
  private INDArray inputGradient;
  private int rows = -1;

  public MaxPool2D(ImageShape in, int pool, int stride) {
    if (pool < 1 || stride < 1) {
      throw new IllegalArgumentException("pool and stride must be ≥ 1, got " + pool + ", " + stride);
    }
    if (pool > in.height() || pool > in.width()) {
      throw new IllegalArgumentException("a " + pool + "×" + pool + " pool does not fit a " + in + " input");
    }
    this.in = in;
    this.out = new ImageShape(in.channels(), (in.height() - pool) / stride + 1, (in.width() - pool) / stride + 1);
    this.pool = pool;
    this.stride = stride;
  }

  public ImageShape inputShape() {
    return in;
  }

  public ImageShape outputShape() {
    return out;
  }

  @Override
  public long outputSize() {
    return out.size();
  }

  @Override
  public INDArray forward(INDArray x, boolean training) {
    if (x.rank() != 2 || x.size(1) != in.size()) {
      throw new IllegalArgumentException(describe() + " expects B × " + in.size() + " input, got " + Arrays.toString(x.shape()));
    }
    int b = (int) x.size(0);
    ensureBuffers(b, x.dataType());
    double[] xs = host.read(x);
    int inPlane = in.height() * in.width();
    int outW = out.width();
    int o = 0;
    for (int plane = 0; plane < b * in.channels(); plane++) {
      int base = plane * inPlane;
      for (int i = 0; i < out.height(); i++) {
        for (int j = 0; j < outW; j++, o++) {
          int best = base + i * stride * in.width() + j * stride;
          double max = xs[best];
          for (int u = 0; u < pool; u++) {
            int rowStart = base + (i * stride + u) * in.width() + j * stride;
            for (int v = 0; v < pool; v++) {
              double value = xs[rowStart + v];
              if (value > max || Double.isNaN(value) && !Double.isNaN(max)) {
                max = value;
                best = rowStart + v;
              }
            }
          }
          values[o] = max;
          argmax[o] = best;
        }
      }
    }
    host.write(values, output);
    return output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    if (rows < 0) {
      throw new IllegalStateException("backward before forward");
    }
    if (!needInputGradient) {
      return null;
    }
    if (gradOutput.rank() != 2 || gradOutput.size(0) != rows || gradOutput.size(1) != out.size()) {
      throw new IllegalArgumentException("gradOutput must be " + rows + " × " + out.size() + ", got "
          + Arrays.toString(gradOutput.shape()));
    }
    double[] dy = host.read(gradOutput);
    Arrays.fill(scattered, 0);
    int n = rows * (int) out.size();
    for (int o = 0; o < n; o++) {
      scattered[argmax[o]] += dy[o];
    }
    host.write(scattered, inputGradient);
    return inputGradient;
  }

  @Override
  public String describe() {
    return "maxpool " + pool + "×" + pool + (stride == pool ? "" : " stride " + stride) + " " + in + "→" + out;
  }

  private void ensureBuffers(int b, DataType t) {
    if (output != null && rows == b && output.dataType() == t) {
      return;
    }
    rows = b;
    output = Nd4j.create(t, b, out.size());
    inputGradient = Nd4j.create(t, b, in.size());
    argmax = new int[b * (int) out.size()];
    values = new double[argmax.length];
    scattered = new double[b * (int) in.size()];
  }
}

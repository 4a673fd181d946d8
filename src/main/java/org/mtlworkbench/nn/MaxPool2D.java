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
 * the forward pass, so further backward calls (one per task, or all of them stacked) only scatter.
 *
 * <p>Optionally fused with a ReLU after it ({@link #withRelu}): {@code relu(max(·))}, the order of
 * Multi-LeNet ({@code F.relu(F.max_pool2d(x, 2))}). The ReLU then costs one comparison per pooled
 * value instead of a layer with its own passes over the batch, and its derivative (0 where the
 * maximum is ≤ 0, as PyTorch takes it at 0) is folded into the routing: such outputs route nowhere.
 *
 * <p>Done on the host ({@link PoolKernel}) on a {@code float[]} (or {@code double[]} for
 * gradient checks): one bulk copy in and one out per call. Measured on Multi-LeNet's first pool
 * (256 × 10 × 24 × 24, one core), ND4J's native {@code maxpool2d} took about as long as this
 * forward (without positions) and its {@code maxpool2d_bp} 3× this backward. Directly after a
 * convolution, {@link Conv2D#withMaxPool} does the same per image while the maps are in cache.
 */
public final class MaxPool2D implements ParameterFree, StackedBackward {
  private final ImageShape in;
  private final ImageShape out;
  private final int pool;
  private final int stride;
  private final boolean relu;
  private final PoolKernel kernel;

  private DataType type;
  private int rows = -1;
  private Object inputHost;
  private Object outputHost;
  private Object gradientHost;
  private Object scatteredHost;
  /** Per output value: its input position in the batch, or −1 when the fused ReLU cut it. */
  private int[] argmax = new int[0];
  private INDArray output;
  private INDArray[] inputGradients = new INDArray[0];

  public MaxPool2D(ImageShape in, int pool, int stride) {
    this(in, pool, stride, false);
  }

  private MaxPool2D(ImageShape in, int pool, int stride, boolean relu) {
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
    this.relu = relu;
    this.kernel = new PoolKernel(in, out, pool, stride, relu);
  }

  /** The pooling arithmetic, for a {@link Conv2D} that pools its output itself. */
  PoolKernel kernel() {
    return kernel;
  }

  /** Max pooling followed by a ReLU, in one layer. */
  public static MaxPool2D withRelu(ImageShape in, int pool, int stride) {
    return new MaxPool2D(in, pool, stride, true);
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
    INDArray input = Blas.isContiguous(x) ? x : x.dup('c');
    int n = b * (int) in.size();
    HostCopy.get(Blas.pointer(input), 0, inputHost, 0, n);
    kernel.pool(inputHost, 0, outputHost, 0, argmax, b * in.channels());
    HostCopy.put(outputHost, 0, b * (int) out.size(), Blas.pointer(output), 0);
    return output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    requireForward();
    if (!needInputGradient) {
      return null;
    }
    if (gradOutput.rank() != 2 || gradOutput.size(0) != rows || gradOutput.size(1) != out.size()) {
      throw new IllegalArgumentException("gradOutput must be " + rows + " × " + out.size() + ", got "
          + Arrays.toString(gradOutput.shape()));
    }
    return route(Blas.isContiguous(gradOutput) ? gradOutput : gradOutput.dup('c'), 1);
  }

  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    requireForward();
    if (!needInputGradient) {
      return null;
    }
    if (copies < 1 || gradOutputs.rank() != 2 || gradOutputs.size(0) != (long) rows * copies || gradOutputs.size(1) != out.size()) {
      throw new IllegalArgumentException("gradOutputs must be " + copies + "·" + rows + " × " + out.size() + ", got "
          + Arrays.toString(gradOutputs.shape()));
    }
    return route(Blas.isContiguous(gradOutputs) ? gradOutputs : gradOutputs.dup('c'), copies);
  }

  /** Sends every block's output gradient to the positions of the maxima. */
  private INDArray route(INDArray dY, int copies) {
    int outputs = rows * (int) out.size();
    int inputs = rows * (int) in.size();
    if (HostCopy.length(gradientHost) < copies * outputs) {
      gradientHost = HostCopy.allocate(type, copies * outputs);
      scatteredHost = HostCopy.allocate(type, copies * inputs);
    }
    HostCopy.get(Blas.pointer(dY), 0, gradientHost, 0, copies * outputs);
    HostCopy.fill(scatteredHost, 0, copies * inputs, 0.0);
    for (int k = 0; k < copies; k++) {
      PoolKernel.route(gradientHost, k * outputs, scatteredHost, k * inputs, argmax, 0, outputs);
    }
    if (inputGradients.length <= copies) {
      inputGradients = Arrays.copyOf(inputGradients, copies + 1);
    }
    if (inputGradients[copies] == null) {
      inputGradients[copies] = Nd4j.create(type, (long) copies * rows, in.size());
    }
    HostCopy.put(scatteredHost, 0, copies * inputs, Blas.pointer(inputGradients[copies]), 0);
    return inputGradients[copies];
  }

  @Override
  public String describe() {
    return "maxpool " + pool + "×" + pool + (stride == pool ? "" : " stride " + stride) + " " + in + "→" + out
        + (relu ? " → relu" : "");
  }

  private void requireForward() {
    if (rows < 0) {
      throw new IllegalStateException("backward before forward");
    }
  }

  private void ensureBuffers(int b, DataType t) {
    if (output != null && rows == b && type == t) {
      return;
    }
    rows = b;
    type = t;
    output = Nd4j.create(t, b, out.size());
    inputGradients = new INDArray[0];
    argmax = new int[b * (int) out.size()];
    inputHost = HostCopy.allocate(t, b * (int) in.size());
    outputHost = HostCopy.allocate(t, argmax.length);
    gradientHost = HostCopy.allocate(t, 0);
    scatteredHost = HostCopy.allocate(t, 0);
  }
}

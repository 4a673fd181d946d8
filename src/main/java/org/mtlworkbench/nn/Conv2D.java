package org.mtlworkbench.nn;

import java.util.Random;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * 2-D convolution (cross-correlation, as in PyTorch's {@code nn.Conv2d}) of a batch of {@code C ×
 * H × W} images with F filters of {@code C × k × k}, stride s and zero padding p:
 *
 * <pre>  Y[b, f, i, j] = bias[f] + Σ_{c, u, v} W[f, c, u, v] · X[b, c, s·i + u − p, s·j + v − p]</pre>
 *
 * <p>Computed as im2col + GEMM (Chellapilla et al. 2006, "High Performance Convolutional Neural
 * Networks for Document Processing"), one image at a time: {@link Im2Col} lays out the image's
 * {@code (C·k·k) × (H'·W')} patch matrix X̂_b with a row of ones below it, and {@code Y_b = [W | b]
 * · [X̂_b; 1ᵀ]} is one BLAS product writing the image's {@code F × (H'·W')} block of the output
 * row (NCHW order) with the bias folded in. Backward: {@code [dW | db] += dY_b · [X̂_b; 1ᵀ]ᵀ} (the
 * ones row makes the bias gradient the last column of the same product) and {@code dX̂_b = Wᵀ·dY_b}
 * folded back by the adjoint scatter-add. Per-image products, not one product over the batch:
 * measured on these shapes (F = 10–20, C·k·k = 25–250), OpenBLAS runs the per-image ones at the
 * same or a higher rate and the patch matrix stays in cache between its making and its use. The
 * images are cut into one range per compute thread ({@link ParallelGemm#forBands}).
 *
 * <p>An image's patch matrix is made again in backward rather than kept from the forward pass:
 * kept, the batch's matrices (~16 MB for Multi-LeNet's layers at batch 256) were written to and
 * read back from memory at every step, which cost more than making them again into a buffer that
 * stays in cache. {@link #backwardStacked} runs the K per-task backward passes in one call, so
 * each matrix is made once per backward whatever K is.
 *
 * <p>Parameter layout in the bound slice: {@code W} as {@code [F, C, k, k]} (row-major, PyTorch's
 * order) then {@code bias} ({@code F}). Initialisation as PyTorch's default (Kaiming-uniform with
 * {@code a = √5}): {@code W, b ~ U(−1/√(C·k·k), 1/√(C·k·k))}, the same rule as {@link Dense}.
 */
public final class Conv2D implements StackedBackward {
  private final ImageShape in;
  private final ImageShape out;
  private final int filters;
  private final int kernel;
  private final int stride;
  private final int padding;
  private final int patch;
  private final int positions;
  private final Im2Col patches;
  private final ConvBuffers buffers;
  /** Max pooling (and ReLU) applied per image before the output is written, or null. */
  private final PoolKernel pooling;
  private final ImageShape pooled;
  private final String poolDescription;

  private INDArray parameters;

  /**
   * @param in shape of an input row
   * @param filters number of output channels F
   * @param kernel side k of the square kernel
   * @param stride step s between patches
   * @param padding zeros p added on every side
   */
  public Conv2D(ImageShape in, int filters, int kernel, int stride, int padding) {
    this(in, filters, kernel, stride, padding, null);
  }

  /**
   * This convolution with its output going through {@code pool} (a {@link MaxPool2D} on this
   * layer's output shape, with or without its ReLU) image by image, while each image's feature
   * maps are still in cache: the new layer's output is the pooled map, and the full-size feature
   * maps of the batch are never written out (for Multi-LeNet's first layer 5.9 MB per step, which
   * a separate pooling layer read back, and their gradient likewise). Same function, same
   * gradients, same parameter layout.
   */
  public Conv2D withMaxPool(MaxPool2D pool) {
    if (pooling != null) {
      throw new IllegalStateException(describe() + " pools already");
    }
    return new Conv2D(in, filters, kernel, stride, padding, pool);
  }

  /** Whether the layer pools its output ({@link #withMaxPool}). */
  public boolean pools() {
    return pooling != null;
  }

  private Conv2D(ImageShape in, int filters, int kernel, int stride, int padding, MaxPool2D pool) {
    if (filters < 1 || kernel < 1 || stride < 1 || padding < 0) {
      throw new IllegalArgumentException("conv needs filters, kernel, stride ≥ 1 and padding ≥ 0, got "
          + filters + ", " + kernel + ", " + stride + ", " + padding);
    }
    if (in.height() + 2 * padding < kernel || in.width() + 2 * padding < kernel) {
      throw new IllegalArgumentException("a " + kernel + "×" + kernel + " kernel does not fit a " + in
          + " input with padding " + padding);
    }
    int h = (in.height() + 2 * padding - kernel) / stride + 1;
    int w = (in.width() + 2 * padding - kernel) / stride + 1;
    this.in = in;
    this.out = new ImageShape(filters, h, w);
    this.filters = filters;
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
    this.patch = in.channels() * kernel * kernel;
    this.positions = h * w;
    this.patches = new Im2Col(in, out, kernel, stride, padding);
    if (pool != null && !pool.inputShape().equals(out)) {
      throw new IllegalArgumentException("the pool takes " + pool.inputShape() + " but the convolution gives " + out);
    }
    this.pooling = pool == null ? null : pool.kernel();
    this.pooled = pool == null ? out : pool.outputShape();
    this.poolDescription = pool == null ? "" : " → " + pool.describe();
    this.buffers = new ConvBuffers(filters, patch, positions, (int) in.size(), (int) pooled.size());
  }

  public ImageShape inputShape() {
    return in;
  }

  /** Shape of an output row: the pooled map when the layer pools. */
  public ImageShape outputShape() {
    return pooled;
  }

  public long inputSize() {
    return in.size();
  }

  @Override
  public long outputSize() {
    return pooled.size();
  }

  @Override
  public long parameterCount() {
    return (long) filters * patch + filters;
  }

  @Override
  public void bindParameters(INDArray flatParameters) {
    if (flatParameters.length() != parameterCount()) {
      throw new IllegalArgumentException(describe() + " needs " + parameterCount() + " parameters, got " + flatParameters.length());
    }
    parameters = FlatViews.vector(flatParameters, 0, parameterCount());
  }

  @Override
  public void initialize(Random rng) {
    requireBound();
    FanInUniform.fill(parameters, patch, rng);
  }

  @Override
  public INDArray forward(INDArray x, boolean training) {
    requireBound();
    if (x.rank() != 2 || x.size(1) != in.size()) {
      throw new IllegalArgumentException(describe() + " expects B × " + in.size() + " input, got " + java.util.Arrays.toString(x.shape()));
    }
    if (x.dataType() != parameters.dataType()) {
      throw new IllegalArgumentException("input is " + x.dataType() + " but parameters are " + parameters.dataType());
    }
    INDArray input = Blas.isContiguous(x) ? x : x.dup('c');
    DataType t = x.dataType();
    int rows = (int) x.size(0);
    ConvBuffers bf = buffers;
    bf.ensureForward(rows, t);
    HostCopy.get(Blas.pointer(input), 0, bf.inputHost, 0, rows * bf.inputSize);
    bf.augmentWeights(Blas.pointer(parameters));
    Pointer y = Blas.pointer(bf.output);
    Pointer w1 = Blas.pointer(bf.augmented);
    int width = filters * positions;
    ParallelGemm.forBands(rows, (part, from, to) -> {
      ConvBuffers.Part s = bf.part(part);
      for (int i = from; i < to; i++) {
        Pointer cols = s.patchMatrix(patches, bf.inputHost, i, bf.inputSize);
        Pointer target = pooling == null ? Blas.offset(y, (long) i * width) : Blas.pointer(s.maps);
        Blas.gemm(t, false, false, filters, positions, patch + 1, 1.0, w1, patch + 1, cols, positions, 0.0, target, positions);
        if (pooling != null) {
          HostCopy.get(target, 0, s.mapsHost, 0, width);
          pooling.pool(s.mapsHost, 0, bf.outputHost, i * bf.outputSize, bf.argmax, filters);
        }
      }
    });
    if (pooling != null) {
      HostCopy.put(bf.outputHost, 0, rows * bf.outputSize, y, 0);
    }
    return bf.output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    requireForward();
    if (gradOutput.rank() != 2 || gradOutput.size(0) != buffers.rows || gradOutput.size(1) != pooled.size()) {
      throw new IllegalArgumentException("gradOutput must be " + buffers.rows + " × " + pooled.size() + ", got "
          + java.util.Arrays.toString(gradOutput.shape()));
    }
    if (gradParams.length() != parameterCount() || !Blas.isContiguous(gradParams)) {
      throw new IllegalArgumentException("gradParams must be a contiguous slice of " + parameterCount());
    }
    INDArray dY = Blas.isContiguous(gradOutput) ? gradOutput : gradOutput.dup('c');
    return backward(dY, 1, new Pointer[] {Blas.pointer(gradParams)}, needInputGradient);
  }

  /**
   * K backward passes at once (see {@link StackedBackward}): per image and task the weight-and-bias
   * gradient product into that task's accumulator, and per image and task the patch-gradient
   * product folded into that task's block of the stacked input gradient.
   */
  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    requireForward();
    int rows = buffers.rows;
    if (copies < 1 || gradOutputs.rank() != 2 || gradOutputs.size(0) != (long) rows * copies
        || gradOutputs.size(1) != pooled.size() || !Blas.isContiguous(gradOutputs)) {
      throw new IllegalArgumentException("gradOutputs must be a contiguous " + copies + "·" + rows + " × " + pooled.size()
          + " matrix, got " + java.util.Arrays.toString(gradOutputs.shape()));
    }
    if (gradRows == null || !Blas.isRowMajorMatrix(gradRows) || gradRows.size(0) != copies
        || column < 0 || column + parameterCount() > gradRows.size(1)) {
      throw new IllegalArgumentException("gradRows must be a row-major " + copies + " × P matrix holding columns ["
          + column + ", " + (column + parameterCount()) + ")");
    }
    Pointer[] targets = new Pointer[copies];
    long rowStride = Blas.leadingDimension(gradRows);
    for (int k = 0; k < copies; k++) {
      targets[k] = Blas.pointer(gradRows, k * rowStride + column);
    }
    return backward(gradOutputs, copies, targets, needInputGradient);
  }

  private INDArray backward(INDArray dY, int copies, Pointer[] targets, boolean needInputGradient) {
    ConvBuffers bf = buffers;
    DataType t = bf.type;
    int rows = bf.rows;
    bf.ensureBackward(copies, needInputGradient);
    Pointer dy = Blas.pointer(dY);
    Pointer w1 = Blas.pointer(bf.augmented);
    int width = filters * positions;
    int inputSize = bf.inputSize;
    if (pooling != null) {
      HostCopy.get(dy, 0, bf.gradientHost(copies), 0, copies * rows * bf.outputSize);
    }
    ParallelGemm.forBands(rows, (part, from, to) -> {
      ConvBuffers.Part s = bf.part(part);
      s.used = true;
      for (int i = from; i < to; i++) {
        Pointer cols = s.patchMatrix(patches, bf.inputHost, i, inputSize);
        for (int k = 0; k < copies; k++) {
          Pointer dyi = mapGradient(bf, s, dy, k, i);
          double beta = i == from ? 0.0 : 1.0;
          Pointer acc = Blas.pointer(s.weightGradients[k]);
          if (bf.transposedGradient) {
            Blas.gemm(t, false, true, patch + 1, filters, positions, 1.0, cols, positions, dyi, positions, beta, acc, filters);
          } else {
            Blas.gemm(t, false, true, filters, patch + 1, positions, 1.0, dyi, positions, cols, positions, beta, acc, patch + 1);
          }
          if (!needInputGradient) {
            continue;
          }
          Pointer dCols = Blas.pointer(s.columnGradient);
          Blas.gemm(t, true, false, patch, positions, filters, 1.0, w1, patch + 1, dyi, positions, 0.0, dCols, positions);
          HostCopy.get(dCols, 0, s.columnGradientHost, 0, patch * positions);
          int xo = (k * rows + i) * inputSize;
          HostCopy.fill(bf.inputGradientHost, xo, xo + inputSize, 0.0);
          patches.scatterAdd(s.columnGradientHost, 0, bf.inputGradientHost, xo);
        }
      }
    });
    bf.writeParameterGradients(targets);
    if (!needInputGradient) {
      return null;
    }
    INDArray dx = bf.inputGradient(copies);
    HostCopy.put(bf.inputGradientHost, 0, copies * rows * inputSize, Blas.pointer(dx), 0);
    return dx;
  }

  /**
   * The gradient on image {@code i}'s feature maps for copy {@code k}: a block of the upstream
   * gradient, or, when the layer pools, the pooled gradient routed back to the maxima into the
   * thread's map buffer.
   */
  private Pointer mapGradient(ConvBuffers bf, ConvBuffers.Part s, Pointer dy, int k, int i) {
    int width = filters * positions;
    int row = k * bf.rows + i;
    if (pooling == null) {
      return Blas.offset(dy, (long) row * width);
    }
    HostCopy.fill(s.mapsHost, 0, width, 0.0);
    PoolKernel.route(bf.gradientHost(0), row * bf.outputSize, s.mapsHost, 0, bf.argmax, i * bf.outputSize, bf.outputSize);
    Pointer maps = Blas.pointer(s.maps);
    HostCopy.put(s.mapsHost, 0, width, maps, 0);
    return maps;
  }

  @Override
  public String describe() {
    return "conv " + filters + "@" + kernel + "×" + kernel + (stride == 1 ? "" : " stride " + stride)
        + (padding == 0 ? "" : " pad " + padding) + " " + in + "→" + out + poolDescription;
  }

  private void requireBound() {
    if (parameters == null) {
      throw new IllegalStateException(describe() + " has no bound parameters");
    }
  }

  private void requireForward() {
    if (buffers.rows < 0) {
      throw new IllegalStateException("backward before forward");
    }
  }
}

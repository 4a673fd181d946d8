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
 * Networks for Document Processing"), a group of m images at a time ({@link #bandFor}): the
 * group's input is interleaved (image b's value e at {@code e·m + b}, {@link Interleave}), {@link
 * Im2Col} lays out its {@code (C·k·k) × (H'·W'·m)} patch matrix X̂ with a row of ones below it,
 * and {@code Y = [W | b] · [X̂; 1ᵀ]} is one BLAS product giving the group's feature maps with the
 * bias folded in; the maps are pooled (or de-interleaved) into the output rows. Backward: {@code
 * [dW | db] += dY · [X̂; 1ᵀ]ᵀ} (the ones row makes the bias gradient the last column of the same
 * product) and {@code dX̂ = Wᵀ·dY} folded back by the adjoint scatter-add. Why groups: one image of
 * Multi-LeNet's second layer has 8-wide output rows, so its patch matrix is copied and folded back
 * in runs of 8 values, where call and loop overhead cost more than the values; interleaving 16
 * images makes the runs 128 long, and the products 16 times wider (measured on one core, 256
 * images: the patch matrix 2.4 → 0.4 ms, its adjoint 4.4 → 1.5 ms; B3 `plain` 37 → 45 steps/s).
 * The groups are cut into one range per compute thread ({@link ParallelGemm#forBands}).
 *
 * <p>A group's patch matrix is made again in backward rather than kept from the forward pass:
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
  /** Images interleaved per product ({@link #bandFor}). */
  private final int band;
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
    this.band = bandFor(w, patch, positions);
    this.buffers = new ConvBuffers(filters, patch, positions, (int) in.size(), (int) pooled.size(), band);
  }

  /**
   * How many images to interleave ({@link Im2Col}) and put through one product: enough that a
   * copied run of the patch matrix is about {@value #RUN} values long, while the group's patch
   * matrix stays within {@value #CACHE_VALUES} values (1 MB in single precision), in cache
   * between its making and its products.
   */
  static int bandFor(int outWidth, int patch, int positions) {
    int wanted = (RUN + outWidth - 1) / outWidth;
    int fits = Math.max(1, CACHE_VALUES / ((patch + 1) * positions));
    return Math.max(1, Math.min(wanted, fits));
  }

  private static final int RUN = 128;
  private static final int CACHE_VALUES = 1 << 18;

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
    HostCopy.get(Blas.pointer(input), 0, bf.rawInputHost, 0, rows * bf.inputSize);
    bf.augmentWeights(Blas.pointer(parameters));
    Pointer w1 = Blas.pointer(bf.augmented);
    int width = filters * positions;
    ParallelGemm.forBands(groups(rows), (part, from, to) -> {
      ConvBuffers.Part s = bf.part(part);
      Pointer maps = Blas.pointer(s.maps);
      for (int g = from; g < to; g++) {
        int first = g * band;
        int m = Math.min(band, rows - first);
        int n = positions * m;
        int offset = first * bf.inputSize;
        if (bf.rawInputHost != bf.inputHost) {
          Interleave.in(bf.rawInputHost, offset, bf.inputSize, m, bf.inputHost, offset);
        }
        Pointer cols = s.patchMatrix(patches, bf.inputHost, offset, m);
        Blas.gemm(t, false, false, filters, n, patch + 1, 1.0, w1, patch + 1, cols, n, 0.0, maps, n);
        HostCopy.get(maps, 0, s.mapsHost, 0, filters * n);
        if (pooling != null) {
          pooling.pool(s.mapsHost, 0, bf.outputHost, first * bf.outputSize, bf.argmax, filters, m);
        } else {
          Interleave.out(s.mapsHost, 0, width, m, bf.outputHost, first * width);
        }
      }
    });
    HostCopy.put(bf.outputHost, 0, rows * bf.outputSize, Blas.pointer(bf.output), 0);
    return bf.output;
  }

  /** Groups of {@link #band} images (the last may be smaller) in a batch of {@code rows}. */
  private int groups(int rows) {
    return (rows + band - 1) / band;
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
   * K backward passes at once (see {@link StackedBackward}): per group of images and task the
   * weight-and-bias gradient product into that task's accumulator, and per group and task the
   * patch-gradient product folded into that task's block of the stacked input gradient; each
   * group's patch matrix is made once for all K.
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
    Pointer w1 = Blas.pointer(bf.augmented);
    int inputSize = bf.inputSize;
    HostCopy.get(Blas.pointer(dY), 0, bf.gradientHost(copies), 0, copies * rows * bf.outputSize);
    ParallelGemm.forBands(groups(rows), (part, from, to) -> {
      ConvBuffers.Part s = bf.part(part);
      s.used = true;
      for (int g = from; g < to; g++) {
        int first = g * band;
        int m = Math.min(band, rows - first);
        int n = positions * m;
        Pointer cols = s.patchMatrix(patches, bf.inputHost, first * inputSize, m);
        for (int k = 0; k < copies; k++) {
          Pointer dyg = mapGradient(bf, s, k, first, m);
          double beta = g == from ? 0.0 : 1.0;
          Pointer acc = Blas.pointer(s.weightGradients[k]);
          Blas.gemm(t, false, true, patch + 1, filters, n, 1.0, cols, n, dyg, n, beta, acc, filters);
          if (!needInputGradient) {
            continue;
          }
          Pointer dCols = Blas.pointer(s.columnGradient);
          Blas.gemm(t, true, false, patch, n, filters, 1.0, w1, patch + 1, dyg, n, 0.0, dCols, n);
          HostCopy.get(dCols, 0, s.columnGradientHost, 0, patch * n);
          HostCopy.fill(s.inputGradientHost, 0, inputSize * m, 0.0);
          patches.scatterAdd(s.columnGradientHost, 0, s.inputGradientHost, 0, m, s.scatterScratch);
          Interleave.out(s.inputGradientHost, 0, inputSize, m, bf.inputGradientHost, (k * rows + first) * inputSize);
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
   * The gradient on the feature maps of the {@code m} images from {@code first} for copy {@code
   * k}, interleaved in the thread's map buffer: the upstream gradient's rows, or, when the layer
   * pools, the pooled gradient routed back to the maxima.
   */
  private Pointer mapGradient(ConvBuffers bf, ConvBuffers.Part s, int k, int first, int m) {
    int width = filters * positions;
    Object upstream = bf.gradientHost(0);
    int offset = (k * bf.rows + first) * bf.outputSize;
    if (pooling == null) {
      Interleave.in(upstream, offset, width, m, s.mapsHost, 0);
    } else {
      HostCopy.fill(s.mapsHost, 0, width * m, 0.0);
      PoolKernel.route(upstream, offset, s.mapsHost, 0, bf.argmax, first * bf.outputSize, bf.outputSize, m);
    }
    Pointer maps = Blas.pointer(s.maps);
    HostCopy.put(s.mapsHost, 0, width * m, maps, 0);
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

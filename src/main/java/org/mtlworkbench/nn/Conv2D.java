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
 * Networks for Document Processing"): {@link Im2Col} lays out, per image, the
 * {@code (C·k·k) × (H'·W')} matrix of patches X̂_b; then {@code Y_b = W·X̂_b} is one BLAS product
 * per image with {@code W} as an {@code F × (C·k·k)} matrix, written straight into the image's
 * {@code F × (H'·W')} block of the output row (NCHW order). Backward: {@code dW = Σ_b dY_b·X̂_bᵀ},
 * {@code db = Σ_{b, i, j} dY}, {@code dX̂_b = Wᵀ·dY_b} folded back by the adjoint scatter-add. The patch
 * matrix is kept from the forward pass, so each further backward (one per task) costs only
 * products.
 *
 * <p>Parameter layout in the bound slice: {@code W} as {@code [F, C, k, k]} (row-major, PyTorch's
 * order) then {@code bias} ({@code F}). Initialisation as PyTorch's default (Kaiming-uniform with
 * {@code a = √5}): {@code W, b ~ U(−1/√(C·k·k), 1/√(C·k·k))}, the same rule as {@link Dense}.
 */
public final class Conv2D implements Layer {
  private final ImageShape in;
  private final ImageShape out;
  private final int filters;
  private final int kernel;
  private final int stride;
  private final int padding;
  private final int patch;
  private final int positions;
  private final Im2Col patches;

  private INDArray parameters;
  private Pointer weightPointer;
  private Pointer biasPointer;

  private INDArray columns;
  private INDArray output;
  private INDArray biasRow;
  private INDArray ones;
  private INDArray columnGradient;
  private INDArray inputGradient;
  private INDArray positionSums;
  private int rows = -1;

  /**
   * @param in shape of an input row
   * @param filters number of output channels F
   * @param kernel side k of the square kernel
   * @param stride step s between patches
   * @param padding zeros p added on every side
   */
  public Conv2D(ImageShape in, int filters, int kernel, int stride, int padding) {
    if (filters < 1 || kernel < 1 || stride < 1 || padding < 0) {
      throw new IllegalArgumentException("conv needs filters, kernel, stride ≥ 1 and padding ≥ 0, got "
          + filters + ", " + kernel + ", " + stride + ", " + padding);
    }
    int h = (in.height() + 2 * padding - kernel) / stride + 1;
    int w = (in.width() + 2 * padding - kernel) / stride + 1;
    if (in.height() + 2 * padding < kernel || in.width() + 2 * padding < kernel) {
      throw new IllegalArgumentException("a " + kernel + "×" + kernel + " kernel does not fit a " + in
          + " input with padding " + padding);
    }
    this.in = in;
    this.out = new ImageShape(filters, h, w);
    this.filters = filters;
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
    this.patch = in.channels() * kernel * kernel;
    this.positions = h * w;
    this.patches = new Im2Col(in, out, kernel, stride, padding);
  }

  public ImageShape inputShape() {
    return in;
  }

  public ImageShape outputShape() {
    return out;
  }

  public long inputSize() {
    return in.size();
  }

  @Override
  public long outputSize() {
    return out.size();
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
    weightPointer = Blas.pointer(parameters);
    biasPointer = Blas.pointer(parameters, (long) filters * patch);
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
    int b = (int) x.size(0);
    ensureBuffers(b, t);
    patches.columns(input, columns, b);
    // bias: biasRow (F × P) = bias·1ᵀ, then every output row starts as biasRow (Y = 1_B·biasRowᵀ)
    Pointer biasRowPointer = Blas.pointer(biasRow);
    Blas.gemm(t, false, false, filters, positions, 1, 1.0, biasPointer, 1, Blas.pointer(ones), positions, 0.0,
        biasRowPointer, positions);
    int width = (int) out.size();
    Pointer y = Blas.pointer(output);
    Blas.gemm(t, false, false, b, width, 1, 1.0, Blas.pointer(ones), 1, biasRowPointer, width, 0.0, y, width);
    for (int i = 0; i < b; i++) {
      Blas.gemm(t, false, false, filters, positions, patch, 1.0, weightPointer, patch,
          Blas.pointer(columns, (long) i * patch * positions), positions, 1.0,
          Blas.pointer(output, (long) i * width), positions);
    }
    return output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    if (rows < 0) {
      throw new IllegalStateException("backward before forward");
    }
    if (gradOutput.rank() != 2 || gradOutput.size(0) != rows || gradOutput.size(1) != out.size()) {
      throw new IllegalArgumentException("gradOutput must be " + rows + " × " + out.size() + ", got "
          + java.util.Arrays.toString(gradOutput.shape()));
    }
    if (gradParams.length() != parameterCount() || !Blas.isContiguous(gradParams)) {
      throw new IllegalArgumentException("gradParams must be a contiguous slice of " + parameterCount());
    }
    INDArray dY = Blas.isContiguous(gradOutput) ? gradOutput : gradOutput.dup('c');
    DataType t = dY.dataType();
    int width = (int) out.size();
    Pointer dw = Blas.pointer(gradParams);
    for (int i = 0; i < rows; i++) {
      Blas.gemm(t, false, true, filters, patch, positions, 1.0,
          Blas.pointer(dY, (long) i * width), positions,
          Blas.pointer(columns, (long) i * patch * positions), positions, i == 0 ? 0.0 : 1.0, dw, patch);
    }
    // db: first Σ_b dY[b, :] (a row of F·P), then Σ over positions of each filter's block
    Blas.gemv(t, true, rows, width, 1.0, Blas.pointer(dY), width, Blas.pointer(ones), 0.0, Blas.pointer(positionSums));
    Blas.gemv(t, false, filters, positions, 1.0, Blas.pointer(positionSums), positions, Blas.pointer(ones), 0.0,
        Blas.pointer(gradParams, (long) filters * patch));
    if (!needInputGradient) {
      return null;
    }
    for (int i = 0; i < rows; i++) {
      Blas.gemm(t, true, false, patch, positions, filters, 1.0, weightPointer, patch,
          Blas.pointer(dY, (long) i * width), positions, 0.0,
          Blas.pointer(columnGradient, (long) i * patch * positions), positions);
    }
    patches.accumulate(columnGradient, inputGradient, rows);
    return inputGradient;
  }

  @Override
  public String describe() {
    return "conv " + filters + "@" + kernel + "×" + kernel + (stride == 1 ? "" : " stride " + stride)
        + (padding == 0 ? "" : " pad " + padding) + " " + in + "→" + out;
  }

  private void ensureBuffers(int b, DataType t) {
    if (output != null && rows == b && output.dataType() == t) {
      return;
    }
    rows = b;
    columns = Nd4j.create(t, (long) b * patch, positions);
    columnGradient = Nd4j.create(t, (long) b * patch, positions);
    output = Nd4j.create(t, b, out.size());
    inputGradient = Nd4j.create(t, b, in.size());
    biasRow = Nd4j.create(t, filters, positions);
    positionSums = Nd4j.create(t, out.size());
    ones = Nd4j.ones(t, Math.max(b, positions));
  }

  private void requireBound() {
    if (parameters == null) {
      throw new IllegalStateException(describe() + " has no bound parameters");
    }
  }
}

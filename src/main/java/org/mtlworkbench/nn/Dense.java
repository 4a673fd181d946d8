package org.mtlworkbench.nn;

import java.util.Random;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fully connected layer {@code y = x·W + b}.
 *
 * <p>Parameter layout in the bound slice: {@code W} ({@code in × out}, row-major) followed by
 * {@code b} ({@code out}). Backward: {@code dW = xᵀ·dY}, {@code db = Σ_rows dY}, {@code dX =
 * dY·Wᵀ}. Every product is one BLAS call ({@link Blas}) writing straight into the layer's reused
 * output buffers or into the caller's gradient slice; the bias add is a rank-one update {@code Y
 * += 1·bᵀ} and the bias gradient a matrix-vector product {@code dYᵀ·1}.
 *
 * <p>The layer keeps a reference to its input for {@code dW}: the input must stay unchanged until
 * the last backward of that forward (true of the previous layer's output, which it owns, and of
 * a batch the caller holds for the step).
 *
 * <p>Initialisation follows PyTorch's {@code nn.Linear} default (He et al. 2015 "Delving deep
 * into rectifiers", Kaiming-uniform with {@code a = √5}), which reduces to {@code W, b ~ U(−1/√in,
 * 1/√in)}; we keep it so that curves compare like for like with a PyTorch reference.
 */
public final class Dense implements StackedBackward {
  private final long in;
  private final long out;
  private INDArray parameters;
  private INDArray weights;
  private INDArray bias;
  private Pointer weightPointer;
  private Pointer biasPointer;

  private INDArray input;
  private INDArray output;
  private INDArray ones;
  private INDArray inputGradient;
  private INDArray stackedInputGradient;

  public Dense(long in, long out) {
    if (in <= 0 || out <= 0) {
      throw new IllegalArgumentException("dense layer sizes must be positive, got " + in + "→" + out);
    }
    this.in = in;
    this.out = out;
  }

  public long inputSize() {
    return in;
  }

  @Override
  public long outputSize() {
    return out;
  }

  @Override
  public long parameterCount() {
    return in * out + out;
  }

  @Override
  public void bindParameters(INDArray flatParameters) {
    if (flatParameters.length() != parameterCount()) {
      throw new IllegalArgumentException(
          "dense " + in + "→" + out + " needs " + parameterCount() + " parameters, got " + flatParameters.length());
    }
    parameters = FlatViews.vector(flatParameters, 0, parameterCount());
    weights = FlatViews.matrix(flatParameters, 0, in, out);
    bias = FlatViews.vector(flatParameters, in * out, out);
    weightPointer = Blas.pointer(weights);
    biasPointer = Blas.pointer(bias);
  }

  /** View of {@code W} ({@code in × out}) in the bound parameter vector. */
  public INDArray weights() {
    requireBound();
    return weights;
  }

  /** View of {@code b} ({@code out}) in the bound parameter vector. */
  public INDArray bias() {
    requireBound();
    return bias;
  }

  @Override
  public void initialize(Random rng) {
    requireBound();
    FanInUniform.fill(parameters, in, rng);
  }

  @Override
  public INDArray forward(INDArray x, boolean training) {
    requireBound();
    if (x.rank() != 2 || x.size(1) != in) {
      throw new IllegalArgumentException(
          "dense " + in + "→" + out + " expects B × " + in + " input, got " + java.util.Arrays.toString(x.shape()));
    }
    if (x.dataType() != weights.dataType()) {
      throw new IllegalArgumentException("input is " + x.dataType() + " but parameters are " + weights.dataType());
    }
    input = Blas.isRowMajorMatrix(x) ? x : x.dup('c');
    int rows = (int) x.size(0);
    ensureBuffers(rows, x.dataType());
    DataType t = x.dataType();
    Pointer y = Blas.pointer(output);
    Blas.gemm(t, false, false, rows, (int) out, (int) in, 1.0,
        Blas.pointer(input), Blas.leadingDimension(input), weightPointer, (int) out, 0.0, y, (int) out);
    Blas.ger(t, rows, (int) out, 1.0, Blas.pointer(ones), biasPointer, y, (int) out);
    return output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    if (input == null) {
      throw new IllegalStateException("backward before forward");
    }
    int rows = (int) input.size(0);
    if (gradOutput.rank() != 2 || gradOutput.size(0) != rows || gradOutput.size(1) != out) {
      throw new IllegalArgumentException("gradOutput must be " + rows + " × " + out + ", got "
          + java.util.Arrays.toString(gradOutput.shape()));
    }
    if (gradParams.length() != parameterCount() || !Blas.isContiguous(gradParams)) {
      throw new IllegalArgumentException("gradParams must be a contiguous slice of " + parameterCount());
    }
    INDArray dY = Blas.isRowMajorMatrix(gradOutput) ? gradOutput : gradOutput.dup('c');
    DataType t = input.dataType();
    Pointer dy = Blas.pointer(dY);
    int ldy = Blas.leadingDimension(dY);
    Blas.gemm(t, true, false, (int) in, (int) out, rows, 1.0,
        Blas.pointer(input), Blas.leadingDimension(input), dy, ldy, 0.0, Blas.pointer(gradParams), (int) out);
    Blas.gemv(t, true, rows, (int) out, 1.0, dy, ldy, Blas.pointer(ones), 0.0, Blas.pointer(gradParams, in * out));
    if (!needInputGradient) {
      return null;
    }
    Blas.gemm(t, false, true, rows, (int) in, (int) out, 1.0,
        dy, ldy, weightPointer, (int) out, 0.0, Blas.pointer(inputGradient), (int) in);
    return inputGradient;
  }

  /**
   * K backward passes at once (see {@link StackedBackward}): {@code dW_k = Xᵀ·dY_k} and {@code
   * db_k = dY_kᵀ·1} into row k of {@code gradRows}, and one product {@code [dY_1; …; dY_K]·Wᵀ}
   * for the stacked input gradient.
   */
  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    if (input == null) {
      throw new IllegalStateException("backward before forward");
    }
    int rows = (int) input.size(0);
    if (copies < 1 || gradOutputs.rank() != 2 || gradOutputs.size(0) != (long) rows * copies
        || gradOutputs.size(1) != out || !Blas.isRowMajorMatrix(gradOutputs)) {
      throw new IllegalArgumentException("gradOutputs must be a row-major " + copies + "·" + rows + " × " + out
          + " matrix, got " + java.util.Arrays.toString(gradOutputs.shape()));
    }
    if (gradRows == null || !Blas.isRowMajorMatrix(gradRows) || gradRows.size(0) != copies
        || column < 0 || column + parameterCount() > gradRows.size(1)) {
      throw new IllegalArgumentException("gradRows must be a row-major " + copies + " × P matrix holding columns ["
          + column + ", " + (column + parameterCount()) + ")");
    }
    DataType t = input.dataType();
    int ldy = Blas.leadingDimension(gradOutputs);
    long rowStride = Blas.leadingDimension(gradRows);
    for (int k = 0; k < copies; k++) {
      Pointer dy = Blas.pointer(gradOutputs, (long) k * rows * ldy);
      long w = k * rowStride + column;
      Blas.gemm(t, true, false, (int) in, (int) out, rows, 1.0,
          Blas.pointer(input), Blas.leadingDimension(input), dy, ldy, 0.0, Blas.pointer(gradRows, w), (int) out);
      Blas.gemv(t, true, rows, (int) out, 1.0, dy, ldy, Blas.pointer(ones), 0.0, Blas.pointer(gradRows, w + in * out));
    }
    if (!needInputGradient) {
      return null;
    }
    if (stackedInputGradient == null || stackedInputGradient.size(0) != (long) rows * copies
        || stackedInputGradient.dataType() != t) {
      stackedInputGradient = Nd4j.create(t, (long) rows * copies, in);
    }
    Blas.gemm(t, false, true, rows * copies, (int) in, (int) out, 1.0,
        Blas.pointer(gradOutputs), ldy, weightPointer, (int) out, 0.0, Blas.pointer(stackedInputGradient), (int) in);
    return stackedInputGradient;
  }

  @Override
  public String describe() {
    return "dense " + in + "→" + out;
  }

  private void ensureBuffers(int rows, DataType type) {
    if (output == null || output.size(0) != rows || output.dataType() != type) {
      output = Nd4j.create(type, rows, out);
      inputGradient = Nd4j.create(type, rows, in);
      ones = Nd4j.ones(type, rows);
    }
  }

  private void requireBound() {
    if (weights == null) {
      throw new IllegalStateException(describe() + " has no bound parameters");
    }
  }
}

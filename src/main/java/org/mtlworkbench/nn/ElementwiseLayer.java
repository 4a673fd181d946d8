package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Base of parameter-free activations {@code y = f(x)} applied element by element.
 *
 * <p>Backward is {@code dX = dY ⊙ f'(x)}, where {@code f'} is written as a function of the
 * output {@code y} (e.g. {@code 1 − y²} for tanh) so that the layer does not depend on its input
 * staying untouched. {@code f'} is computed once, at the first backward after a forward, and
 * reused by the further backward calls of a per-task backward pass: each of those is then a
 * single multiplication.
 */
public abstract class ElementwiseLayer implements WidthPreserving, StackedBackward, ParameterFree {
  private INDArray output;
  private INDArray derivative;
  private INDArray inputGradient;
  private boolean derivativeStale = true;
  private final Ops.Multiply backwardOp = new Ops.Multiply();
  private final BlockProduct stackedBackward = new BlockProduct();

  /** Writes {@code f(x)} into {@code y} (same shape). */
  protected abstract void activate(INDArray x, INDArray y);

  /** Writes {@code f'(x)}, expressed through {@code y = f(x)}, into {@code d}. */
  protected abstract void derivative(INDArray y, INDArray d);

  @Override
  public long outputSize() {
    if (output == null) {
      throw new IllegalStateException(describe() + " takes its width from its input; none seen yet");
    }
    return output.size(1);
  }

  @Override
  public INDArray forward(INDArray input, boolean training) {
    if (input.rank() != 2) {
      throw new IllegalArgumentException(describe() + " expects a B × n batch, got rank " + input.rank());
    }
    if (output == null || !output.equalShapes(input) || output.dataType() != input.dataType()) {
      output = Nd4j.create(input.dataType(), input.shape());
      derivative = Nd4j.create(input.dataType(), input.shape());
      inputGradient = Nd4j.create(input.dataType(), input.shape());
    }
    activate(input, output);
    derivativeStale = true;
    return output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    if (output == null) {
      throw new IllegalStateException("backward before forward");
    }
    if (!needInputGradient) {
      return null;
    }
    if (!gradOutput.equalShapes(output)) {
      throw new IllegalArgumentException(describe() + ": gradOutput shape "
          + java.util.Arrays.toString(gradOutput.shape()) + " differs from output "
          + java.util.Arrays.toString(output.shape()));
    }
    if (derivativeStale) {
      derivative(output, derivative);
      derivativeStale = false;
    }
    backwardOp.exec(gradOutput, derivative, inputGradient);
    return inputGradient;
  }

  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    if (output == null) {
      throw new IllegalStateException("backward before forward");
    }
    if (!needInputGradient) {
      return null;
    }
    if (derivativeStale) {
      derivative(output, derivative);
      derivativeStale = false;
    }
    return stackedBackward.multiply(gradOutputs, copies, derivative);
  }
}

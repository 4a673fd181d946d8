package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Marks where a network stops reading rows as images ({@link ImageShape}) and starts reading them
 * as plain vectors, as before a dense layer. Rows are already stored flat ({@code B × (C·H·W)},
 * NCHW order), so the values pass through unchanged in both directions; the layer exists so that
 * the network's description and its drawing show the change of shape.
 */
public final class Flatten implements ParameterFree, StackedBackward {
  private final ImageShape in;

  public Flatten(ImageShape in) {
    this.in = in;
  }

  public ImageShape inputShape() {
    return in;
  }

  @Override
  public long outputSize() {
    return in.size();
  }

  @Override
  public INDArray forward(INDArray x, boolean training) {
    if (x.rank() != 2 || x.size(1) != in.size()) {
      throw new IllegalArgumentException(describe() + " expects B × " + in.size() + " input, got "
          + java.util.Arrays.toString(x.shape()));
    }
    return x;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    return needInputGradient ? gradOutput : null;
  }

  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    return needInputGradient ? gradOutputs : null;
  }

  @Override
  public String describe() {
    return "flatten " + in + "→" + in.size();
  }
}

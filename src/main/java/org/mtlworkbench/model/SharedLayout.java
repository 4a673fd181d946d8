package org.mtlworkbench.model;

import java.util.Random;
import org.mtlworkbench.nn.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stands for a shared part that is not one network (cross-stitch towers and units, MMoE experts
 * and gates) when {@link ModelBase} sizes its vectors: it only reports a parameter count. The
 * model binds and runs its real parts itself; running this placeholder is a programming error.
 */
final class SharedLayout implements Layer {
  private final long count;

  SharedLayout(long count) {
    this.count = count;
  }

  @Override
  public long outputSize() {
    return 1;
  }

  @Override
  public long parameterCount() {
    return count;
  }

  @Override
  public void bindParameters(INDArray flatParameters) {
    throw new UnsupportedOperationException("a layout placeholder holds no parameters");
  }

  @Override
  public void initialize(Random rng) {}

  @Override
  public INDArray forward(INDArray input, boolean training) {
    throw new UnsupportedOperationException("a layout placeholder does not run");
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    throw new UnsupportedOperationException("a layout placeholder does not run");
  }

  @Override
  public String describe() {
    return "shared layout (" + count + ")";
  }
}

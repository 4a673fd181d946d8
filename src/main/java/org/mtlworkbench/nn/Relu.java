package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;

/**
 * Rectified linear unit {@code y = max(x, 0)} (Nair & Hinton 2010); {@code f'(x) = [y > 0]}, so
 * the derivative at exactly 0 is taken as 0, as PyTorch does.
 */
public final class Relu extends ElementwiseLayer {
  private RectifiedLinear forwardOp;
  private Step derivativeOp;

  @Override
  protected void activate(INDArray x, INDArray y) {
    forwardOp = Ops.exec(Ops.reuse(forwardOp, x, y, (a, b) -> new RectifiedLinear(a, b, 0.0)));
  }

  @Override
  protected void derivative(INDArray y, INDArray d) {
    derivativeOp = Ops.exec(Ops.reuse(derivativeOp, y, d, (a, b) -> new Step(a, b, 0.0)));
  }

  @Override
  public String describe() {
    return "relu";
  }
}

package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;

/**
 * Rectified linear unit {@code y = max(x, 0)} (Nair & Hinton 2010); {@code f'(x) = [y > 0]}, so
 * the derivative at exactly 0 is taken as 0, as PyTorch does. Small batches are computed on the
 * heap ({@link HostElementwise}), large ones by ND4J's ops, with the same results.
 */
public final class Relu extends ElementwiseLayer {
  private RectifiedLinear forwardOp;
  private Step derivativeOp;
  private final HostElementwise host = new HostElementwise();

  @Override
  protected void activate(INDArray x, INDArray y) {
    if (host.relu(x, y)) {
      return;
    }
    forwardOp = Ops.exec(Ops.reuse(forwardOp, x, y, (a, b) -> new RectifiedLinear(a, b, 0.0)));
  }

  @Override
  protected void derivative(INDArray y, INDArray d) {
    if (host.step(y, d)) {
      return;
    }
    derivativeOp = Ops.exec(Ops.reuse(derivativeOp, y, d, (a, b) -> new Step(a, b, 0.0)));
  }

  @Override
  public String describe() {
    return "relu";
  }
}

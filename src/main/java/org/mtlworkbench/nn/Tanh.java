package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarReverseSubtraction;

/** Hyperbolic tangent {@code y = tanh(x)}; {@code f' = 1 − y²}. */
public final class Tanh extends ElementwiseLayer {
  private org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh forwardOp;
  private final Ops.Multiply squareOp = new Ops.Multiply();
  private ScalarReverseSubtraction oneMinusOp;

  @Override
  protected void activate(INDArray x, INDArray y) {
    forwardOp = Ops.exec(Ops.reuse(forwardOp, x, y, org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh::new));
  }

  @Override
  protected void derivative(INDArray y, INDArray d) {
    squareOp.exec(y, y, d);
    oneMinusOp = Ops.exec(Ops.reuse(oneMinusOp, d, d, (a, b) -> new ScalarReverseSubtraction(a, null, b, 1.0)));
  }

  @Override
  public String describe() {
    return "tanh";
  }
}

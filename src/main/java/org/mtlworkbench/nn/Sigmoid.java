package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarReverseSubtraction;

/** Logistic sigmoid {@code y = 1 / (1 + e^−x)}; {@code f' = y·(1 − y)}. */
public final class Sigmoid extends ElementwiseLayer {
  private org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid forwardOp;
  private ScalarReverseSubtraction oneMinusOp;
  private final Ops.Multiply productOp = new Ops.Multiply();

  @Override
  protected void activate(INDArray x, INDArray y) {
    forwardOp = Ops.exec(Ops.reuse(forwardOp, x, y, org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid::new));
  }

  @Override
  protected void derivative(INDArray y, INDArray d) {
    oneMinusOp = Ops.exec(Ops.reuse(oneMinusOp, y, d, (a, b) -> new ScalarReverseSubtraction(a, null, b, 1.0)));
    productOp.exec(d, y, d);
  }

  @Override
  public String describe() {
    return "sigmoid";
  }
}

package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;

/**
 * Leaky ReLU {@code y = x} for {@code x > 0}, else {@code alpha·x} (Maas et al. 2013). With
 * {@code 0 ≤ alpha < 1}, {@code y} has the sign of {@code x}, so {@code f'} ({@code 1} or {@code
 * alpha}) is read from the output; ND4J takes it as 1 at exactly 0.
 */
public final class LeakyRelu extends ElementwiseLayer {
  private final double alpha;
  private LeakyReLU forwardOp;
  private LeakyReLUDerivative derivativeOp;

  public LeakyRelu(double alpha) {
    if (!(alpha >= 0 && alpha < 1)) {
      throw new IllegalArgumentException("leaky relu alpha must be in [0, 1), got " + alpha);
    }
    this.alpha = alpha;
  }

  public double alpha() {
    return alpha;
  }

  @Override
  protected void activate(INDArray x, INDArray y) {
    forwardOp = Ops.exec(Ops.reuse(forwardOp, x, y, (a, b) -> new LeakyReLU(a, b, alpha)));
  }

  @Override
  protected void derivative(INDArray y, INDArray d) {
    derivativeOp = Ops.exec(Ops.reuse(derivativeOp, y, d, (a, b) -> new LeakyReLUDerivative(a, b, alpha)));
  }

  @Override
  public String describe() {
    return "leaky-relu " + alpha;
  }
}

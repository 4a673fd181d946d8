package org.mtlworkbench.nn;

/**
 * Mean squared error {@code L = (1/n) Σ_labelled (y − t)²} over the {@code n} labelled rows of a
 * width-1 output, with gradient {@code 2(y − t)/n}. No factor ½: the value is the MSE a user
 * reads as the regression metric.
 */
public final class MseLoss extends MaskedLoss {
  @Override
  protected double rowLoss(double[] logits, int offset, int width, double target, double[] grad) {
    double d = logits[offset] - target;
    grad[offset] = 2 * d;
    return d * d;
  }

  @Override
  protected void checkWidth(long width) {
    requireWidthOne(name(), width);
  }

  @Override
  public String name() {
    return "mse";
  }
}

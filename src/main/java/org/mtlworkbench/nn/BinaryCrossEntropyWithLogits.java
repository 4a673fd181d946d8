package org.mtlworkbench.nn;

/**
 * Binary cross-entropy on a logit {@code z} with target {@code t ∈ {0, 1}}: {@code −t·log σ(z) −
 * (1 − t)·log(1 − σ(z))}, computed in the overflow-free form {@code max(z, 0) − z·t + log(1 +
 * e^−|z|)} (as in TensorFlow's {@code sigmoid_cross_entropy_with_logits}); gradient {@code σ(z) −
 * t}, each averaged over labelled rows.
 */
public final class BinaryCrossEntropyWithLogits extends MaskedLoss {
  @Override
  protected double rowLoss(double[] logits, int offset, int width, double target, double[] grad) {
    double z = logits[offset];
    grad[offset] = sigmoid(z) - target;
    return Math.max(z, 0) - z * target + Math.log1p(Math.exp(-Math.abs(z)));
  }

  /** Logistic function without overflow for large |z|. */
  static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  @Override
  protected void checkWidth(long width) {
    requireWidthOne(name(), width);
  }

  @Override
  public String name() {
    return "bce";
  }
}

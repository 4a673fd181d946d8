package org.mtlworkbench.nn;

/**
 * Softmax cross-entropy on {@code k} logits with the class index as target: {@code L = logΣ_j
 * e^{z_j} − z_t}, computed as {@code m + log Σ_j e^{z_j − m}} with {@code m = max_j z_j} so that no
 * exponential overflows; gradient {@code softmax(z) − onehot(t)}, each averaged over labelled
 * rows.
 */
public final class SoftmaxCrossEntropy extends MaskedLoss {
  @Override
  protected double rowLoss(double[] logits, int offset, int width, double target, double[] grad) {
    int k = (int) target;
    if (k != target || k < 0 || k >= width) {
      throw new IllegalArgumentException(
          "cross-entropy target must be a class index in 0.." + (width - 1) + ", got " + target);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < width; j++) {
      max = Math.max(max, logits[offset + j]);
    }
    double sum = 0;
    for (int j = 0; j < width; j++) {
      double e = Math.exp(logits[offset + j] - max);
      grad[offset + j] = e;
      sum += e;
    }
    for (int j = 0; j < width; j++) {
      grad[offset + j] /= sum;
    }
    grad[offset + k] -= 1;
    return max + Math.log(sum) - logits[offset + k];
  }

  @Override
  protected void checkWidth(long width) {
    if (width < 2) {
      throw new IllegalArgumentException("cross-entropy needs at least 2 logits per row, got " + width);
    }
  }

  @Override
  public String name() {
    return "cross-entropy";
  }
}

package org.mtlworkbench.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Shared frame of the row-wise losses: copies logits, targets and mask to the Java side once,
 * sums the per-row losses of the labelled rows, and writes the gradient of their mean back.
 *
 * <p>Why on the Java side: a head's logits are small ({@code B × 1} or {@code B × k}); one bulk
 * copy each way plus a loop costs a few microseconds, where the same masked, numerically stable
 * loss in ND4J ops would take a dozen ops at tens of microseconds each. Work is in double
 * precision whatever the array type. An instance keeps scratch arrays: use it from one thread.
 */
abstract class MaskedLoss implements Loss {
  private final HostBuffer logitsIn = new HostBuffer();
  private final HostBuffer targetIn = new HostBuffer();
  private final HostBuffer maskIn = new HostBuffer();
  private final HostBuffer gradientOut = new HostBuffer();
  private double[] gradient = new double[0];

  /**
   * Loss of one labelled row, writing {@code d(rowLoss)/d(logits)} into {@code grad[offset ..
   * offset + width)}.
   */
  protected abstract double rowLoss(double[] logits, int offset, int width, double target, double[] grad);

  /** Rejects a logit width the loss is not defined for. */
  protected void checkWidth(long width) {}

  @Override
  public final double compute(INDArray logits, INDArray target, INDArray mask, INDArray gradLogits) {
    if (logits.rank() != 2) {
      throw new IllegalArgumentException(name() + ": logits must be B × out, got rank " + logits.rank());
    }
    long rowsL = logits.size(0);
    checkWidth(logits.size(1));
    if (target.length() != rowsL || (mask != null && mask.length() != rowsL)) {
      throw new IllegalArgumentException(name() + ": target and mask need " + rowsL + " rows, got "
          + target.length() + (mask == null ? "" : " and " + mask.length()));
    }
    if (!gradLogits.equalShapes(logits)) {
      throw new IllegalArgumentException(name() + ": gradLogits must have the shape of the logits");
    }
    int rows = (int) rowsL;
    int width = (int) logits.size(1);
    double[] z = logitsIn.read(logits);
    double[] t = targetIn.read(target);
    double[] m = mask == null ? null : maskIn.read(mask);
    if (gradient.length < rows * width) {
      gradient = new double[rows * width];
    }
    double total = 0;
    int labelled = 0;
    for (int r = 0; r < rows; r++) {
      int offset = r * width;
      if (m == null || m[r] != 0) {
        total += rowLoss(z, offset, width, t[r], gradient);
        labelled++;
      } else {
        Arrays.fill(gradient, offset, offset + width, 0.0);
      }
    }
    if (labelled > 0) {
      double scale = 1.0 / labelled;
      for (int i = 0; i < rows * width; i++) {
        gradient[i] *= scale;
      }
    }
    gradientOut.write(gradient, gradLogits);
    return labelled == 0 ? 0.0 : total / labelled;
  }

  static void requireWidthOne(String name, long width) {
    if (width != 1) {
      throw new IllegalArgumentException(name + " needs one output per row, got " + width);
    }
  }
}

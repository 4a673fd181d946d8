package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A task loss that respects the task's label mask.
 *
 * <p>The loss is the mean over the <em>labelled</em> rows of the batch; masked rows add nothing to
 * the value nor to the gradient, and a batch in which the task has no label at all gives a loss
 * of 0 and a zero gradient (never NaN).
 */
public interface Loss {

  /**
   * Computes the loss and its gradient with respect to the logits.
   *
   * @param logits network output, {@code B × out}
   * @param target {@code B × 1}: the value (regression), 0/1 (binary) or the class index as a
   *     number (multiclass); ignored on masked rows (may hold NaN there)
   * @param mask {@code B × 1} of 1 (labelled) and 0 (no label), or {@code null} when all rows are
   *     labelled
   * @param gradLogits {@code B × out}, overwritten with dLoss/dLogits
   * @return the mean loss over labelled rows, 0 when there are none
   */
  double compute(INDArray logits, INDArray target, INDArray mask, INDArray gradLogits);

  /** Name used in experiment files, e.g. {@code "mse"}. */
  String name();
}

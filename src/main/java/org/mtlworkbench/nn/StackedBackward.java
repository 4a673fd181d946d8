package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer that can run several backward passes of its last forward at once: {@code copies}
 * upstream gradients stacked as row blocks of one {@code (copies·B) × out} matrix, one parameter
 * gradient per copy written into row {@code k} of a {@code copies × P} matrix.
 *
 * <p>Why: a multi-task model needs each task's own gradient on the shared trunk, i.e. K backward
 * passes through the same forward. The parameter gradients must stay separate (K products
 * {@code Xᵀ·dY_k}, each written straight into its task's row), but the input gradient is linear in
 * the upstream gradient with one common factor, so the K products {@code dY_k·Wᵀ} become one
 * product with K times as many rows — a larger, more efficient matrix product and one call
 * instead of K. Element-wise layers apply their saved derivative to every block.
 *
 * <p>Contract, beside {@link Layer}'s: block {@code k} of the result equals what {@link
 * Layer#backward} returns for block {@code k} of {@code gradOutputs}; the parameter gradient of
 * block {@code k} overwrites {@code gradRows[k, column .. column + parameterCount())}. The
 * returned array belongs to the layer and stays valid until its next backward call.
 */
public interface StackedBackward extends Layer {

  /**
   * @param gradOutputs {@code (copies·B) × out} row-major, block {@code k} = rows {@code [k·B,
   *     (k+1)·B)}
   * @param copies number of stacked upstream gradients (≥ 1)
   * @param gradRows row-major {@code copies × P} matrix with unit column stride; ignored (may be
   *     {@code null}) for a layer without parameters
   * @param column where this layer's parameters start within a row of {@code gradRows}
   * @param needInputGradient whether the stacked input gradient is wanted
   * @return the {@code (copies·B) × in} stacked input gradient, or {@code null} when not asked for
   */
  INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient);
}

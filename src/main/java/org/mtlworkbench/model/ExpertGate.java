package org.mtlworkbench.model;

import org.mtlworkbench.nn.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A gate of a mixture of experts: a layer whose output, per example, is the weight of each expert
 * ({@code B × n}); its backward takes ∂L/∂(weights). A gate may carry a penalty of its own on the
 * weights of the last forward (DSelect-k's), which the model adds to the training loss.
 */
interface ExpertGate extends Layer {
  /** The penalty on the last forward's weights; 0 for a gate without one. */
  default double regularization() {
    return 0.0;
  }

  /** Adds the gradient of {@link #regularization()} into {@code gradParams} (the gate's slice). */
  default void addRegularizationGradient(INDArray gradParams) {}
}

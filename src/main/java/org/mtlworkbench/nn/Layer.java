package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A differentiable layer with an explicit forward and backward pass on ND4J arrays.
 *
 * <p>Why parameters are not owned by the layer: a multi-task model needs every task's gradient
 * on the shared backbone as one row of a {@code K × P} matrix (norms and cosines then come from
 * one Gram product, and balancing strategies work on rows). So the model owns one flat parameter
 * vector and one flat gradient vector per task, and a layer is bound to a slice of each.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #bindParameters} is called once with a contiguous view of length {@link
 *       #parameterCount()} (layers without parameters are never bound);
 *   <li>{@link #forward} caches what {@link #backward} needs; the returned array belongs to the
 *       layer and stays valid until the next {@code forward} call on it;
 *   <li>{@link #backward} may be called several times after one forward (once per task), each
 *       time with another upstream gradient; it <em>overwrites</em> {@code gradParams} and returns
 *       the gradient with respect to the input (or {@code null} when not asked for), valid until
 *       the next call on this layer;
 *   <li>arrays keep the data type of the input: float for training, double for gradient checks.
 * </ul>
 */
public interface Layer {

  /** Width of the output for this layer's input width. */
  long outputSize();

  /** Number of trainable scalars; 0 for activations and dropout. */
  long parameterCount();

  /** Binds the parameters to a contiguous slice (length {@link #parameterCount()}) of a flat vector. */
  void bindParameters(INDArray flatParameters);

  /** Writes initial parameter values into the bound slice, drawn from {@code rng}. */
  void initialize(java.util.Random rng);

  /** Forward pass for a batch (rows = examples); {@code training} switches dropout on. */
  INDArray forward(INDArray input, boolean training);

  /**
   * Backward pass for the last forward.
   *
   * @param gradOutput dL/d(output), same shape as the last output
   * @param gradParams flat slice (length {@link #parameterCount()}) to overwrite with dL/dθ;
   *     ignored when the layer has no parameters (may then be {@code null})
   * @param needInputGradient whether dL/d(input) is wanted (the first layer of a network does
   *     not need it, which saves a matrix product)
   * @return dL/d(input), or {@code null} when not asked for
   */
  INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient);

  /** Short human-readable description, e.g. {@code "dense 128→64"} or {@code "relu"}. */
  String describe();
}

package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

/**
 * One hidden layer of a backbone or head: a dense layer of {@code units}, then the activation,
 * then dropout when {@code dropout > 0}.
 *
 * @param units width of the dense layer (required, ≥ 1)
 * @param activation "relu" (default), "leaky-relu", "tanh", "sigmoid" or "none"
 * @param dropout drop probability in [0, 1), default 0
 */
public record LayerSpec(Integer units, String activation, Double dropout) {
  public static final String DEFAULT_ACTIVATION = "relu";

  public LayerSpec {
    if (units == null || units < 1) {
      throw new InputException("layer units must be a whole number ≥ 1, got " + units);
    }
    activation = activation == null ? DEFAULT_ACTIVATION : activation;
    dropout = dropout == null ? 0.0 : dropout;
    if (dropout < 0 || dropout >= 1) {
      throw new InputException("layer dropout must be in [0, 1), got " + dropout);
    }
    Activations.validate(activation);
  }

  /** A dense layer with the default activation and no dropout. */
  public static LayerSpec of(int units) {
    return new LayerSpec(units, null, null);
  }
}

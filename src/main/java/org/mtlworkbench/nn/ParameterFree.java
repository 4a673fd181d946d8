package org.mtlworkbench.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A layer without parameters (activations, dropout, pooling, flatten): nothing to bind or initialise. */
public interface ParameterFree extends Layer {
  @Override
  default long parameterCount() {
    return 0;
  }

  @Override
  default void bindParameters(INDArray flatParameters) {
    if (flatParameters != null && flatParameters.length() != 0) {
      throw new IllegalArgumentException(describe() + " has no parameters");
    }
  }

  @Override
  default void initialize(Random rng) {}
}

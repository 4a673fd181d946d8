package org.mtlworkbench.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The initialisation dense and convolutional layers share: every parameter (weights and biases)
 * drawn uniformly from ±1/√fan_in, fan_in being the inputs one output sums over (PyTorch's
 * default for {@code Linear} and {@code Conv2d}, after LeCun et al. 1998, "Efficient BackProp").
 */
final class FanInUniform {
  private FanInUniform() {}

  static void fill(INDArray parameters, long fanIn, Random rng) {
    double bound = 1.0 / Math.sqrt(fanIn);
    double[] values = new double[(int) parameters.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (2 * rng.nextDouble() - 1) * bound;
    }
    new HostBuffer().write(values, parameters);
  }
}

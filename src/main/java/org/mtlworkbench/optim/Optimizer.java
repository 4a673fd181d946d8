package org.mtlworkbench.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Updates one flat parameter vector in place from its gradient. One instance holds the state
 * (momentum, moments) of one parameter group; create one per group from its spec.
 */
public interface Optimizer {

  /**
   * One update step.
   *
   * @param parameters flat vector, updated in place
   * @param gradient flat vector of the same length (not modified)
   * @param learningRate the rate for this step (from the schedule)
   */
  void step(INDArray parameters, INDArray gradient, double learningRate);
}

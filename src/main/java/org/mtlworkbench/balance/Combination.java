package org.mtlworkbench.balance;

/**
 * What a strategy decides for one step.
 *
 * @param weights the weight of each task's loss (used for the heads and shown to the user)
 * @param coefficients c_k of the shared update direction Σ_k c_k g_k; for pure loss weighting
 *     these equal the weights
 */
public record Combination(double[] weights, double[] coefficients) {
  public Combination {
    if (weights.length != coefficients.length) {
      throw new IllegalArgumentException("weights and coefficients differ in length");
    }
  }

  /** Loss weighting: the shared update is Σ_k w_k g_k. */
  public static Combination weighting(double[] weights) {
    return new Combination(weights, weights);
  }
}

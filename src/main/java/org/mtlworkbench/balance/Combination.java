package org.mtlworkbench.balance;

/**
 * What a strategy decides for one step.
 *
 * @param weights the weight of each task's loss, applied to that task's head and recorded as the
 *     {@code weight} the user sees: the loss weights of a loss-weighting method; α for MGDA and
 *     Nash-MTL, whose authors' code trains the whole network on Σ_k α_k L_k; 1 for PCGrad,
 *     CAGrad, IMTL-G and Aligned-MTL, whose papers change only the shared update and leave each
 *     head on its own loss
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

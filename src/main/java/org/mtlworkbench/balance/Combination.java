package org.mtlworkbench.balance;

import java.util.Arrays;

/**
 * What a strategy decides for one step.
 *
 * @param weights the weight of each task shown to the user (the {@code weight} column): the loss
 *     weights of a loss-weighting method; α for MGDA and Nash-MTL; 1 for methods whose
 *     coefficients are not task weights (PCGrad, CAGrad, IMTL-G, ...); each strategy's class
 *     comment says which
 * @param coefficients c_k of the shared update direction Σ_k c_k g_k (g_k: the rows of {@link
 *     TaskGradients}, which a few strategies replace by their own); for pure loss weighting these
 *     equal the weights
 * @param headWeights the factor on each task's head gradient: the loss weights of a
 *     loss-weighting method; 1 for every gradient-combination method, whose papers change only the
 *     shared update and train each head on its own loss (Sener &amp; Koltun 2018, Algorithm 2:
 *     task-specific parameters follow their own gradient) — otherwise a task whose MGDA weight is
 *     0 would stop training its head
 */
public record Combination(double[] weights, double[] coefficients, double[] headWeights) {
  public Combination {
    if (weights.length != coefficients.length || weights.length != headWeights.length) {
      throw new IllegalArgumentException("weights, coefficients and head weights differ in length");
    }
  }

  /** A gradient combination: heads train on their own losses (head weights 1). */
  public Combination(double[] weights, double[] coefficients) {
    this(weights, coefficients, ones(weights.length));
  }

  /** Loss weighting: the shared update is Σ_k w_k g_k and head k's gradient is scaled by w_k. */
  public static Combination weighting(double[] weights) {
    return new Combination(weights, weights, weights);
  }

  /** A direction Σ_k α_k g_k with α shown as the task weights, heads on their own losses. */
  public static Combination direction(double[] alpha) {
    return new Combination(alpha, alpha, ones(alpha.length));
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    Arrays.fill(o, 1.0);
    return o;
  }
}

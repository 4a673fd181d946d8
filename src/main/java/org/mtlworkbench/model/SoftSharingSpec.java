package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

/**
 * Soft sharing: the strength λ of the penalty λ·Σ_{i<j} ||θ_i − θ_j||² that pulls the task
 * towers together (Duong et al. 2015). λ = 0 gives independent single-task models.
 *
 * @param lambda penalty strength, ≥ 0, default 0.01
 */
public record SoftSharingSpec(Double lambda) {
  public static final double DEFAULT_LAMBDA = 0.01;

  public SoftSharingSpec {
    lambda = lambda == null ? DEFAULT_LAMBDA : lambda;
    if (lambda < 0 || !Double.isFinite(lambda)) {
      throw new InputException("model.soft.lambda must be a finite number ≥ 0, got " + lambda);
    }
  }
}

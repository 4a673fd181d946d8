package org.mtlworkbench.model;

import java.util.Set;
import org.mtlworkbench.common.InputException;

/**
 * Soft sharing: which penalty ties the task towers together, and its strength λ. "l2" is
 * λ·Σ_{i<j} ||θ_i − θ_j||² (Duong et al. 2015); "trace-norm" is λ·Σ_layers ||W||_* over each
 * layer's K towers stacked as rows (Yang &amp; Hospedales 2017, {@link TraceNormPenalty}). λ = 0
 * gives independent single-task models.
 *
 * @param lambda penalty strength, ≥ 0, default 0.01
 * @param penalty "l2" (default) or "trace-norm"
 */
public record SoftSharingSpec(Double lambda, String penalty) {
  public static final double DEFAULT_LAMBDA = 0.01;
  public static final String L2 = "l2";
  public static final String TRACE_NORM = "trace-norm";

  public SoftSharingSpec {
    lambda = lambda == null ? DEFAULT_LAMBDA : lambda;
    if (lambda < 0 || !Double.isFinite(lambda)) {
      throw new InputException("model.soft.lambda must be a finite number ≥ 0, got " + lambda);
    }
    penalty = penalty == null ? L2 : penalty;
    if (!Set.of(L2, TRACE_NORM).contains(penalty)) {
      throw new InputException("model.soft.penalty must be 'l2' or 'trace-norm', got '" + penalty + "'");
    }
  }

  /** The L2 penalty with strength {@code lambda}. */
  public SoftSharingSpec(Double lambda) {
    this(lambda, null);
  }
}

package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

/**
 * DSelect-k settings (Hazimeh et al. 2021, "DSelect-k: Differentiable Selection in the Mixture of
 * Experts with Applications to Multi-Task Learning"): {@code experts} copies of the backbone
 * shared by all tasks, and per task a gate that selects at most {@code k} of them ({@link
 * DSelectKGate}). {@code gamma} and {@code entropy} keep the authors' defaults (their code: γ = 1,
 * no entropy regulariser unless asked for).
 *
 * @param experts number of experts n, 2 to 64, default 4
 * @param k at most this many experts per task and example, 1 to n, default 2
 * @param gamma width γ of the smooth-step's polynomial part, &gt; 0, default 1
 * @param entropy weight of the entropy regulariser on the single-expert selectors, ≥ 0, default 0
 */
public record DSelectKSpec(Integer experts, Integer k, Double gamma, Double entropy) {
  public static final int DEFAULT_EXPERTS = 4;
  public static final int DEFAULT_K = 2;
  public static final double DEFAULT_GAMMA = 1.0;

  public DSelectKSpec {
    experts = ExpertCounts.within("model.dselectK.experts", experts, DEFAULT_EXPERTS, 2);
    k = k == null ? DEFAULT_K : k;
    if (k < 1 || k > experts) {
      throw new InputException("model.dselectK.k must be between 1 and model.dselectK.experts (" + experts + "), got " + k);
    }
    gamma = gamma == null ? DEFAULT_GAMMA : gamma;
    if (!(gamma > 0) || gamma.isInfinite()) {
      throw new InputException("model.dselectK.gamma must be a number > 0, got " + gamma);
    }
    entropy = entropy == null ? 0.0 : entropy;
    if (!(entropy >= 0) || entropy.isInfinite()) {
      throw new InputException("model.dselectK.entropy must be a number ≥ 0, got " + entropy);
    }
  }
}

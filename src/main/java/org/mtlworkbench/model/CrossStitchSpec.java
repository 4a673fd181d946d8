package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

/**
 * Cross-stitch settings (Misra et al. 2016): each unit starts with α_kk = selfWeight and α_kj =
 * (1 − selfWeight)/(K − 1), near identity so that the towers begin almost independent and learn
 * how much to mix.
 *
 * @param selfWeight initial weight of a task's own tower, in [0, 1], default 0.9
 */
public record CrossStitchSpec(Double selfWeight) {
  public static final double DEFAULT_SELF_WEIGHT = 0.9;

  public CrossStitchSpec {
    selfWeight = selfWeight == null ? DEFAULT_SELF_WEIGHT : selfWeight;
    if (!(selfWeight >= 0 && selfWeight <= 1)) {
      throw new InputException("model.crossStitch.selfWeight must be between 0 and 1, got " + selfWeight);
    }
  }
}

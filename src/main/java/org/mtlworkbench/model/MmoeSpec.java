package org.mtlworkbench.model;

import org.mtlworkbench.common.InputException;

/**
 * Multi-gate mixture-of-experts settings (Ma et al. 2018): how many expert networks (each a copy
 * of the backbone layers) the task gates choose from.
 *
 * @param experts number of experts, 1 to 64, default 4
 */
public record MmoeSpec(Integer experts) {
  public static final int DEFAULT_EXPERTS = 4;

  public MmoeSpec {
    experts = experts == null ? DEFAULT_EXPERTS : experts;
    if (experts < 1 || experts > 64) {
      throw new InputException("model.mmoe.experts must be between 1 and 64, got " + experts);
    }
  }
}

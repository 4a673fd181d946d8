package org.mtlworkbench.diagnostics;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the seeds say about one task trained with the others instead of alone. */
public enum TransferVerdict {
  /** Worse with the other tasks, beyond the seed-to-seed noise. */
  NEGATIVE_TRANSFER("negative transfer"),
  /** Better with the other tasks, beyond the seed-to-seed noise. */
  POSITIVE_TRANSFER("positive transfer"),
  /** The difference is within the seed-to-seed noise. */
  NO_SIGNIFICANT_DIFFERENCE("no significant difference"),
  /** Too few seeds (fewer than two) to separate a difference from noise. */
  NOT_TESTED("not tested: fewer than 2 seeds");

  private final String label;

  TransferVerdict(String label) {
    this.label = label;
  }

  /** The words used in run.json and on screen. */
  @JsonValue
  public String label() {
    return label;
  }
}

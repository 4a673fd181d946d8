package org.mtlworkbench.data;

import org.mtlworkbench.common.InputException;

/**
 * One target that an experiment wants from its data.
 *
 * @param name column name (CSV header) or generated name (y1..yK)
 * @param type a type that replaces the detected one, or {@code null} to detect it
 * @param labelBudget keep only this many training labels, or {@code null} for all
 */
public record TargetRequest(String name, TaskType type, Integer labelBudget) {
  public TargetRequest {
    if (name == null || name.isBlank()) {
      throw new InputException("target: the name is missing");
    }
  }

  /** The target {@code name} with detected type and every label. */
  public static TargetRequest of(String name) {
    return new TargetRequest(name, null, null);
  }
}

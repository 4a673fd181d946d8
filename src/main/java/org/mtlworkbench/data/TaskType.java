package org.mtlworkbench.data;

/** What kind of target a task predicts; it decides the head's output width, loss and metric. */
public enum TaskType {
  /** A real number. */
  REGRESSION,
  /** Two classes, stored as 0 and 1. */
  BINARY,
  /** k classes, stored as class indices 0..k-1. */
  MULTICLASS
}

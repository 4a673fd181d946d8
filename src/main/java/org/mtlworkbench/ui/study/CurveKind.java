package org.mtlworkbench.ui.study;

import java.util.Locale;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.study.TaskMetric;

/**
 * Which curve of its runs the study's Curves tab draws over seeds, as the runs record it in
 * metrics.csv: the validation loss or the task's own metric after each epoch, or the training loss
 * of every step.
 */
enum CurveKind {
  VALIDATION_LOSS("Validation loss"),
  VALIDATION_METRIC("Validation metric"),
  TRAINING_LOSS("Training loss");

  private final String label;

  CurveKind(String label) {
    this.label = label;
  }

  /** The rows of metrics.csv the curve is on. */
  String split() {
    return this == TRAINING_LOSS ? RunFiles.TRAIN : RunFiles.VALIDATION;
  }

  /** The column of metrics.csv that holds it for task {@code t}. */
  String column(TaskMetric t) {
    return this == VALIDATION_METRIC ? RunFiles.metricColumn(t.metric()) : RunFiles.LOSS;
  }

  /** What the axis says it is for task {@code t}: "validation loss", "validation mse", "training loss". */
  String what(TaskMetric t) {
    return this == VALIDATION_METRIC ? RunFiles.VALIDATION + " " + t.metric() : label.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return label;
  }
}

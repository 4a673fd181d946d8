package org.mtlworkbench.nn.metrics;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.mtlworkbench.common.InputException;

/**
 * The task metrics a user can choose, by the name used in experiment files, and which way is
 * better (needed to give the negative-transfer delta its sign).
 */
public enum Metric {
  MSE("mse", false, false),
  MAE("mae", false, false),
  R2("r2", true, false),
  ACCURACY("accuracy", true, true),
  MACRO_F1("macro-f1", true, true);

  private final String id;
  private final boolean higherIsBetter;
  private final boolean classification;

  Metric(String id, boolean higherIsBetter, boolean classification) {
    this.id = id;
    this.higherIsBetter = higherIsBetter;
    this.classification = classification;
  }

  /** Name in experiment files and reports. */
  public String id() {
    return id;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Whether the metric reads logits as classes (otherwise it compares values). */
  public boolean classification() {
    return classification;
  }

  /**
   * The metric over labelled rows.
   *
   * @param predictions row-major {@code rows × width}: values or logits
   * @param width 1 for regression and binary (logit &gt; 0 means class 1), k for multiclass
   * @param targets one per row: value or class index
   * @param mask one per row, non-zero where labelled; {@code null} when all are
   */
  public double compute(double[] predictions, int width, double[] targets, double[] mask) {
    int rows = targets.length;
    if (!classification && width != 1) {
      throw new IllegalArgumentException(id + " needs one prediction per row, got " + width);
    }
    return switch (this) {
      case MSE -> RegressionMetrics.mse(predictions, targets, mask);
      case MAE -> RegressionMetrics.mae(predictions, targets, mask);
      case R2 -> RegressionMetrics.r2(predictions, targets, mask);
      case ACCURACY -> ClassificationMetrics.accuracy(
          ClassificationMetrics.predictedClasses(predictions, rows, width), targets, mask);
      case MACRO_F1 -> ClassificationMetrics.macroF1(
          ClassificationMetrics.predictedClasses(predictions, rows, width), targets, mask);
    };
  }

  /** The metric of that name; {@link InputException} listing the known names otherwise. */
  public static Metric forName(String name) {
    for (Metric m : values()) {
      if (m.id.equals(name)) {
        return m;
      }
    }
    throw new InputException("unknown metric '" + name + "'; known metrics: "
        + Arrays.stream(values()).map(Metric::id).collect(Collectors.joining(", ")));
  }

  /** Shorthand for {@code forName(name).higherIsBetter()}. */
  public static boolean higherIsBetter(String name) {
    return forName(name).higherIsBetter();
  }
}

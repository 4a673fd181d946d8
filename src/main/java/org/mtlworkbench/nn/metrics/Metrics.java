package org.mtlworkbench.nn.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.nn.HostBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Computes metrics straight from a head's output, the targets and the label mask. */
public final class Metrics {
  /** Metrics reported for regression tasks. */
  public static final List<Metric> REGRESSION = List.of(Metric.MSE, Metric.MAE, Metric.R2);
  /** Metrics reported for binary and multiclass tasks. */
  public static final List<Metric> CLASSIFICATION = List.of(Metric.ACCURACY, Metric.MACRO_F1);

  private Metrics() {}

  /** MSE, MAE and R² of {@code predictions} ({@code N × 1}). */
  public static MetricValues regression(INDArray predictions, INDArray targets, INDArray mask) {
    return compute(REGRESSION, predictions, targets, mask);
  }

  /** Accuracy and macro-F1 of {@code logits} ({@code N × 1} binary or {@code N × k}). */
  public static MetricValues classification(INDArray logits, INDArray targets, INDArray mask) {
    return compute(CLASSIFICATION, logits, targets, mask);
  }

  /** The given metrics over labelled rows; {@code mask} may be {@code null} (all labelled). */
  public static MetricValues compute(List<Metric> metrics, INDArray predictions, INDArray targets, INDArray mask) {
    long rows = targets.length();
    if (predictions.rank() != 2 || predictions.size(0) != rows || (mask != null && mask.length() != rows)) {
      throw new IllegalArgumentException("predictions must be N × width with N = " + rows + " targets and mask rows");
    }
    double[] p = HostBuffer.copyOf(predictions);
    double[] t = HostBuffer.copyOf(targets);
    double[] m = mask == null ? null : HostBuffer.copyOf(mask);
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric metric : metrics) {
      values.put(metric.id(), metric.compute(p, (int) predictions.size(1), t, m));
    }
    return new MetricValues(values);
  }
}

package org.mtlworkbench.report.series;

import org.mtlworkbench.nn.metrics.Metric;

/** Which way a column of metrics.csv or a run's final metrics is better. */
public final class MetricDirection {
  private MetricDirection() {}

  /**
   * Losses and errors are better lower; a task metric goes by {@link Metric} (accuracy, R²,
   * macro-F1 higher). Accepts the CSV spelling ({@code macro_f1}) too. An unknown name counts as
   * lower-is-better, as losses do.
   */
  public static boolean higherIsBetter(String name) {
    String id = name.replace('_', '-');
    for (Metric m : Metric.values()) {
      if (m.id().equals(id)) {
        return m.higherIsBetter();
      }
    }
    return false;
  }
}

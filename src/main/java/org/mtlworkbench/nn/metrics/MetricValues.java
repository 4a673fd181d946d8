package org.mtlworkbench.nn.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named metric values of one task on one split, in a stable order (e.g. {@code mse, mae, r2}).
 *
 * @param values metric name → value (NaN when undefined, e.g. no labelled rows)
 */
public record MetricValues(Map<String, Double> values) {
  public MetricValues {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of {@code metric}; {@link IllegalArgumentException} if it was not computed. */
  public double get(String metric) {
    Double v = values.get(metric);
    if (v == null) {
      throw new IllegalArgumentException("metric '" + metric + "' not computed; have " + values.keySet());
    }
    return v;
  }

  public double get(Metric metric) {
    return get(metric.id());
  }
}

package org.mtlworkbench.diagnostics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers behind a gradient finding ({@link Finding#evidence()}), named the same way for every
 * kind: an estimate as {@code name}, {@code nameLow}, {@code nameHigh}; the steps it rests on as
 * {@code steps}, {@code batches}, {@code batchSize}; the window as {@code fromStep}, {@code toStep}.
 * The Findings tab lists them when a finding is selected.
 */
final class Evidence {
  private final Map<String, Double> values = new LinkedHashMap<>();

  /** The estimate and the ends of its interval. */
  Evidence estimate(String name, Estimate e) {
    values.put(name, e.value());
    values.put(name + "Low", e.low());
    values.put(name + "High", e.high());
    return this;
  }

  /** How many measured steps the estimate rests on, and the batches its interval was made from. */
  Evidence sampling(Estimate e) {
    values.put("steps", (double) e.steps());
    values.put("batches", (double) e.batches());
    values.put("batchSize", (double) e.batchSize());
    return this;
  }

  /** The first and last step of the window, and how many windows were scanned at what confidence. */
  Evidence window(GradientWindow w, int windows, double confidence) {
    values.put("fromStep", (double) w.steps()[0]);
    values.put("toStep", (double) w.steps()[w.size() - 1]);
    values.put("windows", (double) windows);
    values.put("confidence", confidence);
    return this;
  }

  Evidence put(String name, double value) {
    values.put(name, value);
    return this;
  }

  Map<String, Double> map() {
    return values;
  }
}

package org.mtlworkbench.study;

import java.util.Map;
import org.mtlworkbench.store.BaselineRef;
import org.mtlworkbench.train.RunStatus;

/**
 * A single-task baseline, trained now or found in the cache.
 *
 * @param ref which task and seed, where, and whether it came from the cache
 * @param status how its run ended ("finished" for every usable baseline)
 * @param message why it ended
 * @param finalMetrics split → task → loss and metric values, from its run.json
 */
public record Baseline(BaselineRef ref, String status, String message, Map<String, Map<String, Map<String, Double>>> finalMetrics) {

  public boolean finished() {
    return RunStatus.FINISHED.id().equals(status);
  }

  /** The value of {@code metric} on {@code split}; NaN when absent. */
  public double metric(String split, String metric) {
    var bySplit = finalMetrics == null ? null : finalMetrics.get(split);
    var byTask = bySplit == null ? null : bySplit.get(ref.task());
    Double v = byTask == null ? null : byTask.get(metric);
    return v == null ? Double.NaN : v;
  }
}

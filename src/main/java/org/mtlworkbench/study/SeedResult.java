package org.mtlworkbench.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;

/**
 * The final metrics of one finished multi-task run, which is all a comparison over seeds needs
 * of it: from a run just recorded or from a run directory read back (a resumed study, a run done
 * on another machine).
 *
 * @param seed the run's seed
 * @param finalMetrics split → task → metric name → value, as in run.json
 */
public record SeedResult(long seed, Map<String, Map<String, Map<String, Double>>> finalMetrics) {

  /** {@code metric} of {@code task} on {@code split}; NaN when absent. */
  public double metric(String split, String task, String metric) {
    var bySplit = finalMetrics == null ? null : finalMetrics.get(split);
    var byTask = bySplit == null ? null : bySplit.get(task);
    Double v = byTask == null ? null : byTask.get(metric);
    return v == null ? Double.NaN : v;
  }

  /**
   * The final metrics of one seed of a grouping: the runs of its groups (each of its own tasks)
   * taken together, every task's metrics from the run of the group that holds it.
   */
  public static SeedResult combined(long seed, List<SeedResult> groups) {
    Map<String, Map<String, Map<String, Double>>> m = new LinkedHashMap<>();
    for (SeedResult g : groups) {
      if (g.finalMetrics() != null) {
        g.finalMetrics().forEach((split, byTask) -> m.computeIfAbsent(split, x -> new LinkedHashMap<>()).putAll(byTask));
      }
    }
    return new SeedResult(seed, m);
  }

  public static SeedResult of(RunManifest m) {
    return new SeedResult(m.seed(), m.finalMetrics());
  }

  /** The task metrics of a run just recorded. */
  public static SeedResult of(RecordedRun r) {
    Map<String, Map<String, Map<String, Double>>> m = new LinkedHashMap<>();
    for (String split : List.of(RunFiles.VALIDATION, RunFiles.TEST)) {
      Map<String, Map<String, Double>> byTask = new LinkedHashMap<>();
      for (int k = 0; k < r.tasks().size(); k++) {
        double v = r.metric(split, k);
        if (!Double.isNaN(v)) {
          byTask.put(r.tasks().get(k).name(), Map.of(r.tasks().get(k).metric(), v));
        }
      }
      if (!byTask.isEmpty()) {
        m.put(split, byTask);
      }
    }
    return new SeedResult(r.spec().training().seed(), m);
  }
}

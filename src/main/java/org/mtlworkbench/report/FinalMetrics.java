package org.mtlworkbench.report;

import java.util.Map;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;

/** A run's final numbers as its run.json holds them. */
public final class FinalMetrics {
  private FinalMetrics() {}

  /** The split final metrics are read from: test when the run has one, else validation (null when neither). */
  public static String split(RunManifest m) {
    if (m.finalMetrics() == null) {
      return null;
    }
    return m.finalMetrics().containsKey(RunFiles.TEST) ? RunFiles.TEST : m.finalMetrics().containsKey(RunFiles.VALIDATION) ? RunFiles.VALIDATION : null;
  }

  /** {@code metric} of {@code task} on {@link #split}; NaN when absent. */
  public static double value(RunManifest m, String task, String metric) {
    String split = split(m);
    Map<String, Map<String, Double>> byTask = split == null ? null : m.finalMetrics().get(split);
    Map<String, Double> values = byTask == null ? null : byTask.get(task);
    Double v = values == null ? null : values.get(metric);
    return v == null ? Double.NaN : v;
  }

  /** The metric the experiment chose for {@code task}; "loss" when it names none. */
  public static String taskMetric(RunManifest m, String task) {
    if (m.experiment() != null) {
      for (TaskSpec t : m.experiment().tasks()) {
        if ((task.equals(t.name()) || task.equals(t.target())) && t.metric() != null) {
          return t.metric();
        }
      }
    }
    return RunFiles.LOSS;
  }
}

package org.mtlworkbench.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.model.TaskSpec;

/** Builds the runs-view row of a run from its run.json. */
final class RunEntries {
  private RunEntries() {}

  static RunEntry of(Path dir) {
    RunManifest m = RunReader.manifest(dir);
    ExperimentSpec spec = m.experiment();
    Map<String, Map<String, Map<String, Double>>> finals = m.finalMetrics() == null ? Map.of() : m.finalMetrics();
    String split = finals.containsKey(RunFiles.TEST) ? RunFiles.TEST : finals.containsKey(RunFiles.VALIDATION) ? RunFiles.VALIDATION : null;
    Map<String, Map<String, Double>> shown = split == null ? Map.of() : finals.get(split);
    Object source = m.data() == null ? null : m.data().get("source");
    String sharing = spec == null ? null : spec.model().sharing();
    String strategy = spec == null ? null : spec.strategy().name();
    StoredStatus status = RunReader.status(dir, m);
    return new RunEntry(
        dir,
        RunLabel.of(m.name(), sharing, strategy, m.seed()),
        m.name(),
        instant(m.startedAt()),
        source == null ? null : source.toString(),
        sharing,
        strategy,
        m.seed(),
        status,
        RunProgress.of(dir, m, status),
        split,
        shown,
        taskMetrics(spec, shown));
  }

  /**
   * Each task's metric: the one its experiment names, else its type's default; a task whose type
   * is left to the data is taken as classification when its final metrics hold an accuracy.
   */
  static Map<String, String> taskMetrics(ExperimentSpec spec, Map<String, Map<String, Double>> finals) {
    Map<String, String> out = new LinkedHashMap<>();
    if (spec == null) {
      return out;
    }
    for (TaskSpec t : spec.tasks()) {
      if (t.metric() != null) {
        out.put(t.name(), t.metric());
        continue;
      }
      TaskType type;
      try {
        type = t.declaredType();
      } catch (RuntimeException e) {
        type = null;
      }
      if (type == null) {
        boolean classified = finals.getOrDefault(t.name(), Map.of()).containsKey(Task.defaultMetric(TaskType.BINARY));
        type = classified ? TaskType.BINARY : TaskType.REGRESSION;
      }
      out.put(t.name(), Task.defaultMetric(type));
    }
    return out;
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

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
    if (split == null && status == StoredStatus.CRASHED) {
      shown = lastValidation(dir, m.tasks());
      split = shown.isEmpty() ? null : RunFiles.VALIDATION;
    }
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
   * Each task's metric: the one its experiment names, else its type's default (a task whose type
   * is left to the data is taken as classification when its final metrics hold an accuracy), else,
   * when the run did not record that one, the first metric it recorded.
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
      String metric = Task.defaultMetric(type);
      Map<String, Double> recorded = finals.getOrDefault(t.name(), Map.of());
      if (!recorded.isEmpty() && !recorded.containsKey(metric)) {
        // a run of an older version, or made by hand: the first metric it recorded stands in
        metric = recorded.keySet().stream().filter(m -> !m.equals(RunFiles.LOSS)).findFirst().orElse(RunFiles.LOSS);
      }
      out.put(t.name(), metric);
    }
    return out;
  }

  /**
   * A crashed run recorded no final metrics, but metrics.csv holds a validation row per task after
   * every epoch it finished: the last of them, per task and metric; empty when there is none or
   * the file cannot be read (the list still shows the run; opening it names the problem).
   */
  static Map<String, Map<String, Double>> lastValidation(Path dir, java.util.List<String> tasks) {
    RunMetrics metrics;
    try {
      metrics = RunMetrics.read(dir, tasks == null ? java.util.List.of() : tasks);
    } catch (RuntimeException e) {
      return Map.of();
    }
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (String task : metrics.tasks()) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (String metric : java.util.stream.Stream.concat(java.util.stream.Stream.of(RunFiles.LOSS),
          RunFiles.METRICS_WITH_COLUMNS.stream()).toList()) {
        Series s = metrics.series(task, RunFiles.VALIDATION, metric.equals(RunFiles.LOSS) ? metric : RunFiles.metricColumn(metric));
        if (s.size() > 0) {
          values.put(metric, s.values()[s.size() - 1]);
        }
      }
      if (!values.isEmpty()) {
        out.put(task, values);
      }
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

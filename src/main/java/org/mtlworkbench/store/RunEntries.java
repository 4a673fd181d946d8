package org.mtlworkbench.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.mtlworkbench.experiment.ExperimentSpec;

/** Builds the runs-view row of a run from its run.json. */
final class RunEntries {
  private RunEntries() {}

  static RunEntry of(Path dir) {
    RunManifest m = RunReader.manifest(dir);
    ExperimentSpec spec = m.experiment();
    Map<String, Map<String, Map<String, Double>>> finals = m.finalMetrics() == null ? Map.of() : m.finalMetrics();
    Map<String, Map<String, Double>> shown = finals.containsKey(RunFiles.TEST) ? finals.get(RunFiles.TEST) : finals.getOrDefault(RunFiles.VALIDATION, Map.of());
    Object source = m.data() == null ? null : m.data().get("source");
    return new RunEntry(
        dir,
        m.name(),
        instant(m.startedAt()),
        source == null ? null : source.toString(),
        spec == null ? null : spec.model().sharing(),
        spec == null ? null : spec.strategy().name(),
        m.seed(),
        RunReader.status(dir, m),
        m.steps(),
        shown);
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

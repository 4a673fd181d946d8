package org.mtlworkbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.Versions;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TaskEvaluation;

/** Writes {@code run.json} atomically: once when the run starts, again when it ends. */
public final class RunManifestWriter {
  private final Path file;
  private final ExperimentSpec spec;
  private final Path experimentFile;
  private final String command;
  private final Map<String, Object> data;
  private final String startedAt = Instant.now().toString();
  private RunInfo info;

  public RunManifestWriter(Path runDir, ExperimentSpec spec, Path experimentFile, String command, Map<String, Object> data) {
    this.file = runDir.resolve("run.json");
    this.spec = spec;
    this.experimentFile = experimentFile;
    this.command = command;
    this.data = data;
  }

  void started(RunInfo runInfo) {
    this.info = runInfo;
    write(RunStatus.RUNNING.id(), "running", null, 0, 0, Map.of());
  }

  void finished(RunOutcome outcome) {
    Map<String, Map<String, Map<String, Double>>> metrics = new LinkedHashMap<>();
    if (outcome.validation() != null) {
      metrics.put("validation", byTask(outcome.validation()));
    }
    if (outcome.test() != null) {
      metrics.put("test", byTask(outcome.test()));
    }
    write(outcome.status().id(), outcome.message(), Instant.now().toString(), outcome.wallSeconds(), outcome.steps(), metrics);
  }

  private Map<String, Map<String, Double>> byTask(EpochRecord r) {
    Map<String, Map<String, Double>> m = new LinkedHashMap<>();
    for (int k = 0; k < info.taskNames().size(); k++) {
      TaskEvaluation ev = r.tasks().get(k);
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("loss", ev.loss());
      values.putAll(ev.metrics());
      m.put(info.taskNames().get(k), values);
    }
    return m;
  }

  private void write(String status, String message, String finishedAt, double wall, long steps, Map<String, Map<String, Map<String, Double>>> metrics) {
    RunManifest manifest =
        new RunManifest(
            1,
            spec.name(),
            status,
            message,
            experimentFile == null ? null : experimentFile.toAbsolutePath().toString(),
            command,
            spec.training().seed(),
            startedAt,
            finishedAt,
            wall,
            steps,
            info.totalSteps(),
            info.taskNames(),
            info.sharedLayers(),
            Versions.all(),
            data,
            spec,
            metrics);
    try {
      AtomicFiles.writeString(file, ExperimentFiles.mapper().writeValueAsString(manifest) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise run.json", e);
    }
  }

  /** Reads a run.json. */
  public static RunManifest read(Path runDir) {
    try {
      return ExperimentFiles.mapper().readValue(runDir.resolve("run.json").toFile(), RunManifest.class);
    } catch (java.io.IOException e) {
      throw new org.mtlworkbench.common.InputException(runDir.resolve("run.json") + ": cannot read: " + e.getMessage(), e);
    }
  }

}

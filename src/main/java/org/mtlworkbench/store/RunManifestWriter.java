package org.mtlworkbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.common.Versions;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TaskEvaluation;

/**
 * Writes {@code run.json} atomically: when the run starts, when it ends, and again whenever a
 * later result is attached (findings, task affinity, the comparison with single-task baselines,
 * which may come after the run itself has ended).
 */
public final class RunManifestWriter {
  private final Path file;
  private final ExperimentSpec spec;
  private final Path experimentFile;
  private final String command;
  private final Map<String, Object> data;
  private final String startedAt = Instant.now().toString();
  private RunInfo info;
  private String status;
  private String message;
  private String finishedAt;
  private double wallSeconds;
  private long steps;
  private Map<String, Map<String, Map<String, Double>>> metrics = Map.of();
  private List<Finding> findings;
  private AffinityReport affinity;
  private TransferReport transfer;

  public RunManifestWriter(Path runDir, ExperimentSpec spec, Path experimentFile, String command, Map<String, Object> data) {
    this.file = runDir.resolve(RunFiles.MANIFEST);
    this.spec = spec;
    this.experimentFile = experimentFile;
    this.command = command;
    this.data = data;
  }

  synchronized void started(RunInfo runInfo) {
    this.info = runInfo;
    this.status = RunStatus.RUNNING.id();
    this.message = "running";
    write();
  }

  synchronized void finished(RunOutcome outcome) {
    Map<String, Map<String, Map<String, Double>>> m = new LinkedHashMap<>();
    if (outcome.validation() != null) {
      m.put(RunFiles.VALIDATION, byTask(outcome.validation()));
    }
    if (outcome.test() != null) {
      m.put(RunFiles.TEST, byTask(outcome.test()));
    }
    this.status = outcome.status().id();
    this.message = outcome.message();
    this.finishedAt = Instant.now().toString();
    this.wallSeconds = outcome.wallSeconds();
    this.steps = outcome.steps();
    this.metrics = m;
    write();
  }

  /** Attaches the run's findings (replacing earlier ones) and rewrites the file. */
  public synchronized void findings(List<Finding> all) {
    this.findings = List.copyOf(all);
    write();
  }

  /** Attaches the task affinity and rewrites the file. */
  public synchronized void affinity(AffinityReport report) {
    this.affinity = report;
    write();
  }

  /** Attaches the comparison with single-task baselines and rewrites the file. */
  public synchronized void transfer(TransferReport report) {
    this.transfer = report;
    write();
  }

  /** The findings attached so far (empty when none). */
  public synchronized List<Finding> findings() {
    return findings == null ? List.of() : findings;
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

  /**
   * Replaces the run.json of an ended run (a result attached after the run, e.g. by a study that
   * compares it with baselines trained later), atomically.
   */
  public static void rewrite(Path runDir, RunManifest manifest) {
    write(runDir.resolve(RunFiles.MANIFEST), manifest);
  }

  private static void write(Path file, RunManifest manifest) {
    try {
      AtomicFiles.writeString(file, ExperimentFiles.mapper().writeValueAsString(manifest) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise run.json", e);
    }
  }

  private void write() {
    if (info == null) {
      return;
    }
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
            wallSeconds,
            steps,
            info.totalSteps(),
            info.taskNames(),
            info.sharedLayers(),
            Versions.all(),
            data,
            spec,
            metrics,
            findings,
            affinity,
            transfer);
    write(file, manifest);
  }
}

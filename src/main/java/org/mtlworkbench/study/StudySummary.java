package org.mtlworkbench.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.MeanStd;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;

/**
 * {@code summary.json} of a study over several seeds ({@code train --seeds N}): where each seed's
 * run went, each task's metric as mean ± std over the seeds, and — with baselines — the
 * comparison with the single-task baselines and its findings.
 *
 * @param formatVersion version of this file's layout
 * @param name experiment name
 * @param experimentFile the experiment file, or null
 * @param status "finished", or how the first unfinished run ended
 * @param message why it ended
 * @param seeds the seeds asked for
 * @param runs one entry per multi-task run done
 * @param metrics split → task → its metric over the seeds (finished runs)
 * @param transfer the comparison with the baselines, or null
 * @param findings the transfer findings over all seeds
 */
public record StudySummary(
    int formatVersion,
    String name,
    String experimentFile,
    String status,
    String message,
    List<Long> seeds,
    List<RunEntry> runs,
    Map<String, Map<String, MetricSummary>> metrics,
    TransferReport transfer,
    List<Finding> findings) {

  /** The file name of a study's summary, in the study's output folder. */
  public static final String FILE = "summary.json";

  /**
   * @param seed the run's seed
   * @param dir its run directory
   * @param status how it ended
   * @param wallSeconds its wall-clock time
   */
  public record RunEntry(long seed, String dir, String status, double wallSeconds) {}

  /**
   * @param metric the task's metric
   * @param values one per seed
   * @param mean mean over seeds
   * @param std sample standard deviation (null with one seed)
   */
  public record MetricSummary(String metric, List<Double> values, Double mean, Double std) {}

  public static StudySummary of(TransferStudy.Plan plan, TransferStudy.Result result) {
    List<RunEntry> runs = new ArrayList<>();
    for (RecordedRun r : result.runs()) {
      runs.add(new RunEntry(r.spec().training().seed(), r.dir().toString(), r.outcome().status().id(), r.outcome().wallSeconds()));
    }
    List<RecordedRun> done = result.runs().stream().filter(RecordedRun::finished).toList();
    List<TaskMetric> tasks = done.isEmpty() ? List.of() : TaskMetric.of(done.get(0).tasks());
    return new StudySummary(1, plan.spec().name(),
        plan.experimentFile() == null ? null : plan.experimentFile().toAbsolutePath().toString(), result.status(),
        result.message(), plan.seeds(), runs, metrics(tasks, done.stream().map(SeedResult::of).toList()), result.transfer(),
        result.findings());
  }

  /**
   * The summary of one strategy of a study ({@code <strategy>/summary.json} in its directory).
   *
   * @param studyDir the study directory (run directories are written as paths under it)
   */
  public static StudySummary of(StudyResults results, StudyResults.Group g, Path studyDir) {
    List<RunEntry> runs = g.runs().stream()
        .map(r -> new RunEntry(r.key().seed(), studyDir.resolve(r.dir()).toString(), r.status(), r.wallSeconds())).toList();
    return new StudySummary(1, results.name() + " · " + g.label(), null, g.status(), g.message(), results.seeds(), runs,
        metrics(results.tasks(), g.finished()), g.transfer(), g.findings());
  }

  /** Split → task → the task's metric over the finished seeds. */
  private static Map<String, Map<String, MetricSummary>> metrics(List<TaskMetric> tasks, List<SeedResult> done) {
    Map<String, Map<String, MetricSummary>> metrics = new LinkedHashMap<>();
    if (done.isEmpty()) {
      return metrics;
    }
    for (String split : List.of(RunFiles.TEST, RunFiles.VALIDATION)) {
      Map<String, MetricSummary> byTask = new LinkedHashMap<>();
      for (TaskMetric t : tasks) {
        double[] v = done.stream().mapToDouble(r -> r.metric(split, t.task(), t.metric())).toArray();
        MeanStd m = MeanStd.of(v);
        byTask.put(t.task(), new MetricSummary(t.metric(), TransferRow.list(v), TransferRow.num(m.mean()), TransferRow.num(m.std())));
      }
      metrics.put(split, byTask);
    }
    return metrics;
  }

  /** Writes it atomically to {@code file}. */
  public void write(Path file) {
    try {
      AtomicFiles.writeString(file, ExperimentFiles.mapper().writeValueAsString(this) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + file, e);
    }
  }

  /** Reads a summary.json. */
  public static StudySummary read(Path file) {
    try {
      return ExperimentFiles.mapper().readValue(file.toFile(), StudySummary.class);
    } catch (java.io.IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}

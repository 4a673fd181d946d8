package org.mtlworkbench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.MeanStd;
import org.mtlworkbench.diagnostics.TaskTransfer;
import org.mtlworkbench.diagnostics.TransferAnalysis;
import org.mtlworkbench.diagnostics.TransferFindings;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.store.BaselineRef;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/**
 * Builds the {@link TransferReport} of multi-task runs (one per seed) against their single-task
 * baselines (same seeds): per split, per task, the metric per seed, Δ_k, Welch's test and the
 * verdict ({@link TransferAnalysis}); and Δm.
 */
public final class TransferReports {
  /** The test behind the verdicts, in words. */
  public static final String TEST = "Welch's two-sided t-test (unequal variances) on the per-seed metrics";

  private TransferReports() {}

  /**
   * @param runs the multi-task runs, one per seed
   * @param baselines per run, the baseline of each task (model order)
   * @param alpha significance level
   */
  public static TransferReport build(List<RecordedRun> runs, List<List<Baseline>> baselines, double alpha) {
    return build(TaskMetric.of(runs.get(0).tasks()), runs.stream().map(SeedResult::of).toList(), baselines, alpha);
  }

  /**
   * @param tasks the tasks and their metrics, in model order
   * @param runs the multi-task runs' final metrics, one per seed
   * @param baselines per run, the baseline of each task (model order)
   * @param alpha significance level
   */
  public static TransferReport build(List<TaskMetric> tasks, List<SeedResult> runs, List<List<Baseline>> baselines, double alpha) {
    Map<String, TransferTable> splits = new LinkedHashMap<>();
    for (String split : List.of(RunFiles.TEST, RunFiles.VALIDATION)) {
      splits.put(split, table(analyse(tasks, runs, baselines, split, alpha)));
    }
    boolean testUsable = true;
    for (SeedResult r : runs) {
      for (TaskMetric t : tasks) {
        testUsable &= Double.isFinite(r.metric(RunFiles.TEST, t.task(), t.metric()));
      }
    }
    List<Long> seeds = runs.stream().map(SeedResult::seed).toList();
    List<BaselineRef> refs = new ArrayList<>();
    baselines.forEach(perRun -> perRun.forEach(b -> refs.add(b.ref())));
    return new TransferReport(testUsable ? RunFiles.TEST : RunFiles.VALIDATION, TEST, alpha, seeds, splits, refs);
  }

  /** The findings of the verdict split. */
  public static List<Finding> findings(List<RecordedRun> runs, List<List<Baseline>> baselines, TransferReport report) {
    return findings(TaskMetric.of(runs.get(0).tasks()), runs.stream().map(SeedResult::of).toList(), baselines, report);
  }

  /** The findings of the verdict split. */
  public static List<Finding> findings(List<TaskMetric> tasks, List<SeedResult> runs, List<List<Baseline>> baselines,
      TransferReport report) {
    return TransferFindings.of(analyse(tasks, runs, baselines, report.verdictSplit(), report.alpha()), report.verdictSplit(),
        report.alpha());
  }

  static List<TaskTransfer> analyse(List<TaskMetric> tasks, List<SeedResult> runs, List<List<Baseline>> baselines, String split,
      double alpha) {
    List<TaskTransfer> out = new ArrayList<>();
    for (int k = 0; k < tasks.size(); k++) {
      TaskMetric task = tasks.get(k);
      double[] mtl = new double[runs.size()];
      double[] stl = new double[runs.size()];
      for (int s = 0; s < runs.size(); s++) {
        mtl[s] = runs.get(s).metric(split, task.task(), task.metric());
        stl[s] = baselines.get(s).get(k).metric(split, task.metric());
      }
      out.add(TransferAnalysis.analyse(task.task(), task.metric(), task.higherIsBetter(), mtl, stl, alpha));
    }
    return out;
  }

  private static TransferTable table(List<TaskTransfer> tasks) {
    double[] m = TransferAnalysis.deltaM(tasks);
    MeanStd stats = MeanStd.of(m);
    return new TransferTable(tasks.stream().map(TransferRow::of).toList(), TransferRow.list(m), TransferRow.num(stats.mean()),
        TransferRow.num(stats.std()));
  }
}

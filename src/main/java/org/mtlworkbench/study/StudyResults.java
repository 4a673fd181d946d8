package org.mtlworkbench.study;

import java.util.List;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;

/**
 * What a study has found so far: per strategy (× sharing scheme) and task, the metric over seeds,
 * the comparison with the single-task baselines (Δ_k, Δm, Welch's verdict) and the wall time; the
 * best strategy of each task; and, when measured, the task affinity with its suggested groupings.
 * Computed from the study directory alone ({@link StudyResultsReader}), so the command line, the
 * report and the window read the same numbers, during the study or long after it.
 *
 * @param name the study's name
 * @param tasks the tasks and their metrics
 * @param seeds the study's seeds
 * @param sharings the sharing schemes compared (ids)
 * @param baselines whether baselines were trained
 * @param split the split the metrics are read on ("test"; "validation" when there is no test split)
 * @param planned runs in the plan
 * @param complete runs complete
 * @param groups one per strategy and sharing scheme, in plan order
 * @param answers per task: the best strategy and how sure that is (empty until a run finished)
 * @param affinity per sharing scheme, the mean task affinity over its runs (empty when not measured)
 * @param problems one line per run that did not finish
 */
public record StudyResults(String name, List<TaskMetric> tasks, List<Long> seeds, List<String> sharings, boolean baselines,
    String split, int planned, int complete, List<Group> groups, List<Answer> answers, List<SharingAffinity> affinity,
    List<String> problems) {

  /** Significance level of every verdict of a study. */
  public static final double ALPHA = org.mtlworkbench.diagnostics.FindingSettings.DEFAULTS.alpha();

  /**
   * One strategy under one sharing scheme over the seeds.
   *
   * @param strategy the strategy
   * @param sharing the sharing scheme
   * @param label how tables and legends name it ("pcgrad", or "pcgrad · soft" when several
   *     sharing schemes are compared)
   * @param folder its folder in the study directory (seed runs and summary.json)
   * @param status "finished" (every seed and baseline), "pending" (not every run done yet), or
   *     how the first run that did not finish ended (diverged, failed, stopped)
   * @param message why, one line
   * @param runs how each of its multi-task runs tried so far ended, in seed order (directories
   *     relative to the study directory)
   * @param finished the final metrics of its finished seeds
   * @param tasks per task, in task order
   * @param transfer the comparison with the baselines over the seeds where both finished, or null
   * @param findings the transfer findings of that comparison
   * @param wallMean mean wall time of its finished runs (s), or null
   * @param wallStd its sample standard deviation, or null
   */
  public record Group(String strategy, String sharing, String label, String folder, String status, String message,
      List<RunRecord> runs, List<SeedResult> finished, List<TaskResult> tasks, TransferReport transfer, List<Finding> findings,
      Double wallMean, Double wallStd) {

    /** Every seed (and every baseline) finished. */
    public boolean allFinished() {
      return org.mtlworkbench.train.RunStatus.FINISHED.id().equals(status);
    }

    /** Δm over seeds on the verdict split (null without a comparison). */
    public Double deltaMMean() {
      return transfer == null ? null : transfer.verdictTable().deltaMMean();
    }

    public Double deltaMStd() {
      return transfer == null ? null : transfer.verdictTable().deltaMStd();
    }
  }

  /**
   * One task under one strategy.
   *
   * @param task the task
   * @param metric its metric
   * @param values the metric per finished seed
   * @param mean their mean (null when none)
   * @param std their sample standard deviation (null with fewer than two)
   * @param transfer the comparison with its baseline, or null
   * @param best whether this strategy is the best for this task in the study
   */
  public record TaskResult(String task, String metric, List<Double> values, Double mean, Double std, TransferRow transfer,
      boolean best) {}

  /**
   * The answer for one task: which strategy is best, against its baseline and against the next.
   *
   * @param task the task
   * @param metric its metric
   * @param higherIsBetter the metric's direction
   * @param best the best group's label
   * @param bestResult its numbers
   * @param runnerUp the next group's label, or null when only one has results
   * @param runnerUpResult its numbers, or null
   * @param pVsRunnerUp Welch's two-sided p-value of best against runner-up (null when not testable)
   */
  public record Answer(String task, String metric, boolean higherIsBetter, String best, TaskResult bestResult, String runnerUp,
      TaskResult runnerUpResult, Double pVsRunnerUp) {

    /** Whether the best is ahead of the runner-up beyond seed noise (at {@link #ALPHA}). */
    public boolean significantlyAhead() {
      return pVsRunnerUp != null && pVsRunnerUp < ALPHA;
    }
  }

  /**
   * @param sharing the sharing scheme
   * @param runs how many runs the mean is over
   * @param report the mean affinity and its best groupings
   */
  public record SharingAffinity(String sharing, int runs, AffinityReport report) {}

  /** The group of a strategy under a sharing scheme, or null. */
  public Group group(String strategy, String sharing) {
    return groups.stream().filter(g -> g.strategy().equals(strategy) && g.sharing().equals(sharing)).findFirst().orElse(null);
  }
}

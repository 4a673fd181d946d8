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
 * @param groups one per strategy and sharing scheme, in plan order; in a study that tests a
 *     grouping, each followed by its grouped row (the same strategy, each group its own model)
 * @param answers per task: the best strategy and how sure that is (empty until a run finished)
 * @param groupedAnswers in a study that tests a grouping: per strategy, sharing scheme and task,
 *     all tasks together against the grouping (empty otherwise, and until both have a result)
 * @param affinity per sharing scheme, the mean task affinity over its runs (empty when not measured)
 * @param problems one line per run that did not finish
 */
public record StudyResults(String name, List<TaskMetric> tasks, List<Long> seeds, List<String> sharings, boolean baselines,
    String split, int planned, int complete, List<Group> groups, List<Answer> answers, List<GroupedAnswer> groupedAnswers,
    List<SharingAffinity> affinity, List<String> problems) {

  /** Significance level of every verdict of a study. */
  public static final double ALPHA = org.mtlworkbench.diagnostics.FindingSettings.DEFAULTS.alpha();

  /**
   * One strategy under one sharing scheme over the seeds: all tasks in one model, or — a grouped
   * row — each group of the study's grouping in its own model, a task's metric read from the run
   * of its group (a group of one: its single-task baseline).
   *
   * @param strategy the strategy
   * @param sharing the sharing scheme
   * @param label how tables and legends name it ("pcgrad", "pcgrad · soft" when several sharing
   *     schemes are compared, "pcgrad · grouped y1+y2 | y3" for a grouped row)
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
   * @param grouping the grouping of a grouped row (whose wall time per seed is the sum of its
   *     groups' runs: the cost of training the separate models); null for all tasks together
   */
  public record Group(String strategy, String sharing, String label, String folder, String status, String message,
      List<RunRecord> runs, List<SeedResult> finished, List<TaskResult> tasks, TransferReport transfer, List<Finding> findings,
      Double wallMean, Double wallStd, List<List<String>> grouping) {

    /** Whether this row trains each group of a grouping apart. */
    public boolean grouped() {
      return grouping != null;
    }

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
   * One task under one strategy and sharing scheme: trained with all tasks together against
   * trained in its group of the study's grouping, over the seeds.
   *
   * @param task the task
   * @param metric its metric
   * @param higherIsBetter the metric's direction
   * @param together the label of the row of all tasks together
   * @param togetherResult its numbers for the task
   * @param grouped the label of the grouped row
   * @param groupedResult its numbers for the task
   * @param p Welch's two-sided p-value of the two (null when either has fewer than 2 seeds)
   */
  public record GroupedAnswer(String task, String metric, boolean higherIsBetter, String together, TaskResult togetherResult,
      String grouped, TaskResult groupedResult, Double p) {

    /** Whether the two differ beyond seed noise (at {@link #ALPHA}). */
    public boolean significant() {
      return p != null && p < ALPHA;
    }

    /** Whether the grouping has the better mean. */
    public boolean groupedBetter() {
      double t = togetherResult.mean();
      double g = groupedResult.mean();
      return higherIsBetter ? g > t : g < t;
    }
  }

  /**
   * @param sharing the sharing scheme
   * @param runs how many runs the mean is over
   * @param report the mean affinity and its best groupings
   */
  public record SharingAffinity(String sharing, int runs, AffinityReport report) {}

  /** The row of a strategy under a sharing scheme with all tasks together, or null. */
  public Group group(String strategy, String sharing) {
    return groups.stream().filter(g -> !g.grouped() && g.strategy().equals(strategy) && g.sharing().equals(sharing)).findFirst()
        .orElse(null);
  }

  /** The grouped row of a strategy under a sharing scheme, or null. */
  public Group grouped(String strategy, String sharing) {
    return groups.stream().filter(g -> g.grouped() && g.strategy().equals(strategy) && g.sharing().equals(sharing)).findFirst()
        .orElse(null);
  }
}

package org.mtlworkbench.diagnostics;

import java.util.List;

/**
 * Decides, task by task, whether training with the other tasks helped or hurt, from the metrics
 * of the multi-task run and of the single-task baselines over the same seeds.
 *
 * <p>The rule: a task suffers <em>negative transfer</em> only when its mean Δ_k is negative and
 * Welch's two-sided t-test on the per-seed metrics rejects equal means at level α ({@link
 * WelchTest}); symmetrically for <em>positive transfer</em>; otherwise "no significant
 * difference". With one seed nothing is tested (seed noise cannot be estimated from one value).
 */
public final class TransferAnalysis {
  private TransferAnalysis() {}

  /**
   * @param mtl the multi-task metric per seed
   * @param stl the single-task metric per seed, same seeds in the same order
   * @param alpha significance level (e.g. 0.05)
   */
  public static TaskTransfer analyse(String task, String metric, boolean higherIsBetter, double[] mtl, double[] stl, double alpha) {
    if (mtl.length != stl.length) {
      throw new IllegalArgumentException("task '" + task + "': " + mtl.length + " MTL values but " + stl.length + " STL values");
    }
    double[] delta = new double[mtl.length];
    for (int s = 0; s < mtl.length; s++) {
      delta[s] = RelativeDelta.of(mtl[s], stl[s], higherIsBetter);
    }
    MeanStd deltaStats = MeanStd.of(delta);
    double p = WelchTest.pValue(mtl, stl);
    TransferVerdict verdict;
    if (Double.isNaN(p)) {
      verdict = TransferVerdict.NOT_TESTED;
    } else if (p < alpha && deltaStats.mean() < 0) {
      verdict = TransferVerdict.NEGATIVE_TRANSFER;
    } else if (p < alpha && deltaStats.mean() > 0) {
      verdict = TransferVerdict.POSITIVE_TRANSFER;
    } else {
      verdict = TransferVerdict.NO_SIGNIFICANT_DIFFERENCE;
    }
    return new TaskTransfer(task, metric, higherIsBetter, mtl.clone(), stl.clone(), MeanStd.of(mtl), MeanStd.of(stl),
        delta, deltaStats, p, verdict);
  }

  /**
   * Δm per seed: the mean of Δ_k over tasks (Maninis et al. 2019), seed by seed. A seed where some
   * task's Δ_k is undefined gives NaN.
   */
  public static double[] deltaM(List<TaskTransfer> tasks) {
    if (tasks.isEmpty()) {
      return new double[0];
    }
    int seeds = tasks.get(0).delta().length;
    double[] m = new double[seeds];
    for (int s = 0; s < seeds; s++) {
      double sum = 0;
      for (TaskTransfer t : tasks) {
        sum += t.delta()[s];
      }
      m[s] = sum / tasks.size();
    }
    return m;
  }
}

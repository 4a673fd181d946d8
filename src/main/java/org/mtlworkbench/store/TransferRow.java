package org.mtlworkbench.store;

import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.diagnostics.TaskTransfer;
import org.mtlworkbench.diagnostics.TransferVerdict;

/**
 * One task's multi-task vs single-task comparison as written to JSON (undefined numbers are
 * null, not NaN).
 *
 * @param task task name
 * @param metric the metric compared
 * @param higherIsBetter whether a larger value is better
 * @param mtl multi-task metric per seed
 * @param stl single-task metric per seed
 * @param mtlMean mean over seeds
 * @param mtlStd sample standard deviation over seeds (null with one seed)
 * @param stlMean mean over seeds
 * @param stlStd sample standard deviation over seeds
 * @param delta Δ_k per seed (positive = multi-task better)
 * @param deltaMean mean Δ_k
 * @param deltaStd sample standard deviation of Δ_k
 * @param pValue Welch's two-sided p-value (null with one seed)
 * @param verdict "negative transfer", "positive transfer", "no significant difference" or "not
 *     tested: fewer than 2 seeds"
 */
public record TransferRow(
    String task,
    String metric,
    boolean higherIsBetter,
    List<Double> mtl,
    List<Double> stl,
    Double mtlMean,
    Double mtlStd,
    Double stlMean,
    Double stlStd,
    List<Double> delta,
    Double deltaMean,
    Double deltaStd,
    Double pValue,
    TransferVerdict verdict) {

  /** The row of one task's comparison, undefined numbers as null. */
  public static TransferRow of(TaskTransfer t) {
    return new TransferRow(t.task(), t.metric(), t.higherIsBetter(), list(t.mtl()), list(t.stl()), num(t.mtlStats().mean()),
        num(t.mtlStats().std()), num(t.stlStats().mean()), num(t.stlStats().std()), list(t.delta()),
        num(t.deltaStats().mean()), num(t.deltaStats().std()), num(t.pValue()), t.verdict());
  }

  /** A number for JSON: null when undefined (NaN or infinite). */
  public static Double num(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** Numbers for JSON, each as {@link #num}. */
  public static List<Double> list(double[] v) {
    return Arrays.stream(v).mapToObj(TransferRow::num).toList();
  }
}

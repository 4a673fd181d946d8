package org.mtlworkbench.diagnostics;

/**
 * One task trained with the other tasks (MTL) and alone (STL, its single-task baseline), over
 * the same seeds: the metric per seed, their mean ± std, the relative delta and the verdict.
 *
 * @param task task name
 * @param metric the metric compared ("mse", "accuracy", ...)
 * @param higherIsBetter whether a larger metric is better
 * @param mtl the multi-task metric, one per seed
 * @param stl the single-task metric, one per seed (same seeds, same order)
 * @param mtlStats mean ± std of {@code mtl}
 * @param stlStats mean ± std of {@code stl}
 * @param delta Δ_k per seed ({@link RelativeDelta}: positive = MTL better)
 * @param deltaStats mean ± std of {@code delta}
 * @param pValue Welch's two-sided p-value of {@code mtl} against {@code stl} (NaN with one seed)
 * @param verdict what that says at the chosen significance level
 */
public record TaskTransfer(
    String task,
    String metric,
    boolean higherIsBetter,
    double[] mtl,
    double[] stl,
    MeanStd mtlStats,
    MeanStd stlStats,
    double[] delta,
    MeanStd deltaStats,
    double pValue,
    TransferVerdict verdict) {}

package org.mtlworkbench.diagnostics;

/**
 * The windows, minimum effects and thresholds behind the findings, in one place (what each means
 * and how the values were chosen and checked: docs/findings.md).
 *
 * @param window the gradient findings are about the last this many measured steps (harm: every
 *     such window of the run, see {@link GradientFindings#harm})
 * @param minBatchSize batch means and the batch jackknife cut a window into batches of at least
 *     this many consecutive measured steps
 * @param minBatches and need at least this many batches; fewer steps: "not enough measured steps"
 * @param minCosine no conflict (or agreement) is claimed when the denoised cosine of two tasks'
 *     gradients is closer to 0 than this
 * @param minSignal a task's gradient counts as noise in a window unless the lower end of its
 *     self-agreement interval is above this; the denoised cosine is then not defined
 * @param imbalanceRatio a task dominates when the lower end of the interval of its (weighted)
 *     gradient norm over another's reaches this
 * @param minHarm the update pushes a task back when its first-order effect on that task, relative
 *     to the task's own gradient, is at most −minHarm with its interval below 0
 * @param alpha 1 − the confidence of every interval; also the significance level of Welch's test
 *     for the transfer verdict
 * @param recomputeEvery findings are recomputed every this many training steps while a run goes
 * @param affinityHarm a step on task i "raises" task j's loss when the mean Z_{i→j} is below
 *     −affinityHarm · Z_{j→j}: the harm is at least this fraction of what j's own step gains
 *     (relative to j's own step, so the rule does not depend on the learning rate)
 */
public record FindingSettings(
    int window, int minBatchSize, int minBatches, double minCosine, double minSignal, double imbalanceRatio, double minHarm,
    double alpha, int recomputeEvery, double affinityHarm) {

  /** The settings every run uses unless told otherwise. */
  public static final FindingSettings DEFAULTS = new FindingSettings(500, 10, 10, 0.1, 0.0, 10.0, 0.1, 0.05, 100, 0.25);

  /** The confidence of every interval, 1 − alpha. */
  public double confidence() {
    return 1 - alpha;
  }

  /** The fewest measured steps a gradient statistic needs. */
  public int neededSteps() {
    return BatchMeans.needed(minBatchSize, minBatches);
  }
}

package org.mtlworkbench.diagnostics;

/**
 * Every statistic of the per-task gradients over a window of measured steps, defined once: the
 * findings, the dashboard, the report, the command line and run.json all call these (docs/findings.md
 * describes each). Means come with batch-means intervals ({@link BatchMeans}), ratios of means
 * with batch-jackknife intervals ({@link Jackknife}), all at {@link FindingSettings#confidence()}.
 *
 * <p>A step where a task's gradient is zero (no labelled row of that task in the batch) or not
 * measured does not count for that task; the statistics of a pair count the steps where both were
 * measured.
 */
public final class GradientStatistics {
  private GradientStatistics() {}

  /**
   * Task imbalance: of all ordered pairs (i, j), the one whose gradient norms differ most, as the
   * ratio of their geometric means over the window, exp(mean_t log(v_i(t)/v_j(t))), with the
   * interval of the mean log ratio mapped through exp. A ratio of norms is multiplicative, hence
   * the log scale; its mean over steps has a batch-means interval, a median would not.
   *
   * @param weighted v_k = |w_k|·‖g_k‖ (the task's term in the update of a loss-weighting strategy)
   *     instead of ‖g_k‖
   * @return the pair and its ratio; null with fewer than two tasks
   */
  public static Imbalance imbalance(GradientWindow w, boolean weighted, FindingSettings s) {
    int k = w.tasks().size();
    if (k < 2) {
      return null;
    }
    int top = -1;
    int bottom = -1;
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j) {
          double m = mean(logRatios(w, i, j, weighted));
          if (m > best) {
            best = m;
            top = i;
            bottom = j;
          }
        }
      }
    }
    if (top < 0) {
      return new Imbalance(0, 1, Estimate.insufficient(0, s.neededSteps()), weighted);
    }
    Estimate log = BatchMeans.mean(logRatios(w, top, bottom, weighted), s.minBatchSize(), s.minBatches(), s.confidence());
    return new Imbalance(top, bottom, log.map(Math::exp), weighted);
  }

  /**
   * The imbalance of a window.
   *
   * @param top the task with the larger gradient
   * @param bottom the task with the smaller one
   * @param ratio geometric-mean ratio of top's norm over bottom's, with its interval
   * @param weighted whether the norms were weighted by the strategy's task weights
   */
  public record Imbalance(int top, int bottom, Estimate ratio, boolean weighted) {}

  /**
   * A task's weighted gradient norm |w_k|·‖g_k‖: its term's size in the update of a
   * loss-weighting strategy, which the weighted imbalance compares and the dashboard can draw.
   */
  public static double weightedNorm(double norm, double weight) {
    return norm * Math.abs(weight);
  }

  /** The mean same-step cosine cos(g_i, g_j) (biased by the shared batch's noise; shown, not used for claims). */
  public static Estimate cosine(GradientWindow w, int i, int j, FindingSettings s) {
    return BatchMeans.mean(pairSeries(w, w.cosines(), i, j), s.minBatchSize(), s.minBatches(), s.confidence());
  }

  /** The share of steps whose same-step cosine is below 0 (what the old "conflict in x% of steps" counted). */
  public static Estimate conflictShare(GradientWindow w, int i, int j, FindingSettings s) {
    double[] c = pairSeries(w, w.cosines(), i, j);
    double[] negative = new double[c.length];
    for (int t = 0; t < c.length; t++) {
      negative[t] = Double.isFinite(c[t]) ? (c[t] < 0 ? 1 : 0) : Double.NaN;
    }
    return BatchMeans.mean(negative, s.minBatchSize(), s.minBatches(), s.confidence());
  }

  /** The noise floor: the mean self-agreement a_k = cos(g_k(t), g_k(t−)). */
  public static Estimate selfAgreement(GradientWindow w, int k, FindingSettings s) {
    return selfAgreement(w, k, s, s.confidence());
  }

  static Estimate selfAgreement(GradientWindow w, int k, FindingSettings s, double confidence) {
    return BatchMeans.mean(taskSeries(w, w.selfAgreement(), k), s.minBatchSize(), s.minBatches(), confidence);
  }

  /** Whether task k's gradient carries signal beyond noise: its self-agreement interval lies above minSignal. */
  public static boolean hasSignal(Estimate selfAgreement, FindingSettings s) {
    return selfAgreement.above(s.minSignal());
  }

  /** The mean lagged cosine ℓ_ij (free of the shared batch's noise). */
  public static Estimate laggedCosine(GradientWindow w, int i, int j, FindingSettings s) {
    return BatchMeans.mean(pairSeries(w, w.laggedCosines(), i, j), s.minBatchSize(), s.minBatches(), s.confidence());
  }

  /**
   * The denoised cosine of the two tasks' true gradients, ρ_ij = mean(ℓ_ij)/√(mean(a_i)·mean(a_j))
   * (a ratio of window means; batch-jackknife interval; clamped to [−1, 1]). Undefined when either
   * task's gradient is not above noise ({@link #hasSignal}): the ratio would divide by noise.
   */
  public static Estimate trueCosine(GradientWindow w, int i, int j, FindingSettings s) {
    return trueCosine(w, i, j, s, s.confidence());
  }

  /** As {@link #trueCosine(GradientWindow, int, int, FindingSettings)} at another confidence (a scan over windows). */
  public static Estimate trueCosine(GradientWindow w, int i, int j, FindingSettings s, double confidence) {
    Estimate ai = selfAgreement(w, i, s, confidence);
    Estimate aj = selfAgreement(w, j, s, confidence);
    double[][] series = {pairSeries(w, w.laggedCosines(), i, j), taskSeries(w, w.selfAgreement(), i),
        taskSeries(w, w.selfAgreement(), j)};
    Estimate rho = Jackknife.of(series, m -> m[1] > 0 && m[2] > 0 ? m[0] / Math.sqrt(m[1] * m[2]) : Double.NaN,
        s.minBatchSize(), s.minBatches(), confidence);
    if (rho.tooFewSteps()) {
      return rho;
    }
    if (!hasSignal(ai, s) || !hasSignal(aj, s)) {
      return Estimate.undefined(rho.steps(), rho.batches(), rho.batchSize());
    }
    return rho.map(GradientStatistics::clampCosine);
  }

  /**
   * How often the combined gradient d = Σ c_j g_j the strategy chose opposed task k's gradient on
   * the step's own batch (cos(g_k, d) &lt; 0): the share of steps whose update would raise task k's
   * loss on that batch to first order. Descriptive: it carries the batch's noise.
   */
  public static Estimate harmShare(GradientWindow w, int k, FindingSettings s) {
    double[] u = taskSeries(w, w.updateCosines(), k);
    double[] harmed = new double[u.length];
    for (int t = 0; t < u.length; t++) {
      harmed[t] = Double.isFinite(u[t]) ? (u[t] < 0 ? 1 : 0) : Double.NaN;
    }
    return BatchMeans.mean(harmed, s.minBatchSize(), s.minBatches(), s.confidence());
  }

  /**
   * Harm's effect size: by what factor task k's training loss changed over the window, from the
   * least-squares line through the log of its batch means (the batches of {@link BatchMeans}):
   * exp(β·(b − 1)) for slope β per batch, with the t interval of the slope (b − 2 degrees of
   * freedom; the batch means scatter around the line nearly independently). Above 1: the loss rose
   * over the window — the task was pushed back, since its own gradient only lowers it to first
   * order (its head follows its own loss) and what raises it is the shared update.
   *
   * @param confidence of the interval (a scan over several windows asks for more)
   */
  public static Estimate lossChange(GradientWindow w, int k, FindingSettings s, double confidence) {
    double[] losses = Series.finite(taskSeries(w, w.losses(), k));
    BatchMeans.Layout l = BatchMeans.layout(losses.length, s.minBatchSize(), Math.max(3, s.minBatches()));
    if (l == null) {
      return Estimate.insufficient(losses.length, BatchMeans.needed(s.minBatchSize(), Math.max(3, s.minBatches())));
    }
    double[] y = BatchMeans.batchMeans(losses, l);
    int b = y.length;
    for (int j = 0; j < b; j++) {
      if (!(y[j] > 0)) {
        return Estimate.undefined(losses.length, b, l.size());
      }
      y[j] = Math.log(y[j]);
    }
    double xMean = (b - 1) / 2.0;
    double yMean = 0;
    for (double v : y) {
      yMean += v;
    }
    yMean /= b;
    double sxx = 0;
    double sxy = 0;
    for (int j = 0; j < b; j++) {
      sxx += (j - xMean) * (j - xMean);
      sxy += (j - xMean) * (y[j] - yMean);
    }
    double slope = sxy / sxx;
    double ss = 0;
    for (int j = 0; j < b; j++) {
      double r = y[j] - yMean - slope * (j - xMean);
      ss += r * r;
    }
    double half = BatchMeans.quantile(b - 2, confidence) * Math.sqrt(ss / (b - 2) / sxx);
    double span = b - 1;
    return new Estimate(Math.exp(slope * span), Math.exp((slope - half) * span), Math.exp((slope + half) * span),
        losses.length, b, l.size(), 0);
  }

  /** Measured steps at which task k had a non-zero gradient (labelled rows in the batch). */
  public static int labelledSteps(GradientWindow w, int k) {
    int n = 0;
    for (double v : w.norms()[k]) {
      n += v > 0 && Double.isFinite(v) ? 1 : 0;
    }
    return n;
  }

  /** Row {@code k} of a per-task series with the steps where the task's gradient is zero or unmeasured as NaN. */
  static double[] taskSeries(GradientWindow w, double[][] values, int k) {
    double[] out = values[k].clone();
    for (int t = 0; t < out.length; t++) {
      if (!(w.norms()[k][t] > 0)) {
        out[t] = Double.NaN;
      }
    }
    return out;
  }

  /** A pair series (stored for i &lt; j) with steps where either gradient is zero as NaN. */
  static double[] pairSeries(GradientWindow w, double[][][] values, int i, int j) {
    double[] out = values[Math.min(i, j)][Math.max(i, j)].clone();
    for (int t = 0; t < out.length; t++) {
      if (!(w.norms()[i][t] > 0) || !(w.norms()[j][t] > 0)) {
        out[t] = Double.NaN;
      }
    }
    return out;
  }

  private static double[] logRatios(GradientWindow w, int i, int j, boolean weighted) {
    int n = w.size();
    double[] out = new double[n];
    for (int t = 0; t < n; t++) {
      double a = weighted ? weightedNorm(w.norms()[i][t], w.weights()[i][t]) : w.norms()[i][t];
      double b = weighted ? weightedNorm(w.norms()[j][t], w.weights()[j][t]) : w.norms()[j][t];
      out[t] = a > 0 && b > 0 && Double.isFinite(a) && Double.isFinite(b) ? Math.log(a / b) : Double.NaN;
    }
    return out;
  }

  private static double mean(double[] v) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (Double.isFinite(x)) {
        s += x;
        n++;
      }
    }
    return n == 0 ? Double.NEGATIVE_INFINITY : s / n;
  }

  private static double clampCosine(double c) {
    return Double.isNaN(c) ? c : Math.max(-1, Math.min(1, c));
  }
}

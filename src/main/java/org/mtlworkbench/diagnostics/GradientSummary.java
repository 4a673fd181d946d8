package org.mtlworkbench.diagnostics;

import java.util.List;
import org.mtlworkbench.common.text.Numbers;

/**
 * The gradient statistics of a run's recent window, as a display shows them: the dashboard's
 * imbalance caption and conflict matrix, the report's matrix and the command line all read this
 * one summary, computed by {@link GradientStatistics} with {@link FindingSettings}.
 *
 * @param tasks task names
 * @param steps measured steps in the window
 * @param imbalance the weighted imbalance (null with fewer than two tasks)
 * @param trueCosine [i][j] the denoised cosine ρ_ij (undefined on the diagonal)
 * @param cosine [i][j] the same-step mean cosine
 * @param conflictShare [i][j] the share of steps with a negative same-step cosine
 * @param selfAgreement [k] the noise floor a_k
 * @param harmShare [k] how often the combined gradient raised task k's loss on the step's batch
 * @param lagged whether the run recorded the lagged measures
 */
public record GradientSummary(
    List<String> tasks, int steps, GradientStatistics.Imbalance imbalance, Estimate[][] trueCosine, Estimate[][] cosine,
    Estimate[][] conflictShare, Estimate[] selfAgreement, Estimate[] harmShare, boolean lagged) {

  /** The summary of the last {@code window} measured steps of {@code run}. */
  public static GradientSummary of(GradientWindow run, FindingSettings s) {
    GradientWindow w = run.last(s.window());
    int k = w.tasks().size();
    Estimate[][] rho = new Estimate[k][k];
    Estimate[][] cos = new Estimate[k][k];
    Estimate[][] share = new Estimate[k][k];
    Estimate[] floor = new Estimate[k];
    Estimate[] harm = new Estimate[k];
    Estimate none = Estimate.undefined(w.size(), 0, 0);
    for (int i = 0; i < k; i++) {
      floor[i] = GradientStatistics.selfAgreement(w, i, s);
      harm[i] = GradientStatistics.harmShare(w, i, s);
      rho[i][i] = none;
      cos[i][i] = none;
      share[i][i] = none;
      for (int j = i + 1; j < k; j++) {
        rho[i][j] = rho[j][i] = GradientStatistics.trueCosine(w, i, j, s);
        cos[i][j] = cos[j][i] = GradientStatistics.cosine(w, i, j, s);
        share[i][j] = share[j][i] = GradientStatistics.conflictShare(w, i, j, s);
      }
    }
    return new GradientSummary(w.tasks(), w.size(), GradientStatistics.imbalance(w, true, s), rho, cos, share, floor, harm,
        w.hasLagged());
  }

  /**
   * "Imbalance 2500× (y3 ÷ y1, last 484 steps)": the ratio of the geometric means of the two
   * tasks' (weighted) gradient norms over the last measured steps, short enough for a chart's
   * caption; or why there is no ratio yet.
   */
  public String imbalanceCaption() {
    if (imbalance == null) {
      return "Imbalance needs two tasks or more.";
    }
    Estimate r = imbalance.ratio();
    if (r.tooFewSteps()) {
      return "Imbalance: " + Wording.tooFew(r) + ".";
    }
    if (!r.defined()) {
      return "Imbalance: no gradient norms measured yet.";
    }
    return "Imbalance " + Numbers.ratio(r.value()) + " (" + tasks.get(imbalance.top()) + " ÷ " + tasks.get(imbalance.bottom())
        + ", last " + r.used() + " steps)";
  }

  /**
   * The matrix in words: the pair whose true gradients point most apart, with its cosine and the
   * noise floor, or why there is none.
   */
  public String conflictCaption() {
    int k = tasks.size();
    if (k < 2) {
      return "Conflict needs two tasks or more.";
    }
    if (!lagged) {
      return "This run has no lagged measures: same-step cosines only (not corrected for batch noise).";
    }
    int bi = -1;
    int bj = -1;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (trueCosine[i][j].defined() && (bi < 0 || trueCosine[i][j].value() < trueCosine[bi][bj].value())) {
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) {
      Estimate any = trueCosine[0][1];
      return any.tooFewSteps() ? "Cosines: " + Wording.tooFew(any) + "."
          : "No pair's true gradients can be compared: a gradient is indistinguishable from noise.";
    }
    return "Most apart: " + tasks.get(bi) + "–" + tasks.get(bj) + " " + Wording.plusMinus(trueCosine[bi][bj])
        + " (true-gradient cosine, last " + trueCosine[bi][bj].used() + " measured steps); noise floor " + tasks.get(bi) + " "
        + Numbers.signed(selfAgreement[bi].value(), 2) + ", " + tasks.get(bj) + " " + Numbers.signed(selfAgreement[bj].value(), 2);
  }
}

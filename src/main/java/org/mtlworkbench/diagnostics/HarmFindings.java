package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Harm: whether the updates actually applied push a task back. Judged on the factor by which the
 * task's training loss changed over a window ({@link GradientStatistics#lossChange}): pushed back
 * when the interval of the factor lies above 1 and the factor is at least 1 + minHarm. Beside it,
 * per measured step, whether the combined gradient d = Σ c_j g_j raised the task's loss on the
 * step's batch to first order (g_k·d &lt; 0), and how often ({@link GradientStatistics#harmShare}).
 *
 * <p>Why the loss and not a first-order product. The lagged product −g_k(t)·(θ_t − θ_{t−}) (the
 * steps taken, paired with a gradient on a fresh batch) is free of batch noise but not of
 * diffusion: near a minimum the optimiser's noisy steps wander away from it and the gradient at
 * the end of the interval points back, so the product says "uphill" while the loss falls (on
 * correlated-high it read −0.1 to −0.3 in cosine units while both losses halved; docs/findings.md).
 * With Adam or momentum the combined gradient d is not the step either. The task's training loss
 * measured on each step's batch is an unbiased, assumption-free record of what the updates did to
 * it; its head only ever lowers it (to first order), so a rise is the shared update's doing.
 *
 * <p>Why every window, not only the last. In a stationary regime the expected change of every
 * task's loss per step is zero, and its first-order part is slightly positive (it balances the
 * rise that the step's noise causes at second order), so harm is a transient: a task is pushed
 * back while the shared layers move towards what the other tasks need, and once they have settled
 * (e.g. on a compromise) the update no longer moves it to first order — the damage shows in its
 * loss and in negative transfer. So every window of the run is tested ({@link WindowScan}).
 */
final class HarmFindings {
  private HarmFindings() {}

  /** One finding per task with labelled rows in the run: harm in some window, or none. */
  static List<Finding> of(GradientWindow run, FindingSettings s) {
    List<int[]> windows = WindowScan.of(run.size(), s);
    double confidence = WindowScan.confidence(windows.size(), s);
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k < run.tasks().size(); k++) {
      if (GradientStatistics.labelledSteps(run, k) > 0) {
        out.add(task(run, k, windows, confidence, s));
      }
    }
    return out;
  }

  private static Finding task(GradientWindow run, int k, List<int[]> windows, double confidence, FindingSettings s) {
    String name = Wording.quoted(run.tasks().get(k));
    Estimate worst = null;
    GradientWindow worstWindow = null;
    Estimate last = null;
    GradientWindow lastWindow = null;
    for (int[] range : windows) {
      GradientWindow w = run.slice(range[0], range[1]);
      Estimate r = GradientStatistics.lossChange(w, k, s, confidence);
      last = r;
      lastWindow = w;
      if (r.above(1) && r.value() >= 1 + s.minHarm() && (worst == null || r.value() > worst.value())) {
        worst = r;
        worstWindow = w;
      }
    }
    String scanned = WindowScan.describe(windows.size(), s);
    if (worst != null) {
      Estimate share = GradientStatistics.harmShare(worstWindow, k, s);
      Map<String, Double> e = evidence(worst, share, worstWindow, windows.size(), confidence, s);
      String sentence = "the updates pushed task " + name + " back during steps " + worstWindow.steps()[0] + "–"
          + worstWindow.steps()[worstWindow.size() - 1] + ": its training loss changed by " + Wording.factorValue(worst) + " ("
          + Wording.factorRange(worst) + "; " + Wording.interval(worst, confidence) + ", Bonferroni over " + scanned + "), and the combined gradient raised its"
          + " loss on the step's batch in "
          + Wording.share(share.value()) + " of those steps" + labelled(worstWindow, k);
      return new Finding(Finding.HARM, List.of(run.tasks().get(k)), sentence, e);
    }
    if (last == null) {
      Estimate none = Estimate.insufficient(run.size(), s.neededSteps());
      return new Finding(Finding.NO_HARM, List.of(run.tasks().get(k)), "harm to task " + name + " not assessed: "
          + Wording.tooFew(none), Map.of("steps", (double) run.size()));
    }
    Estimate share = GradientStatistics.harmShare(lastWindow, k, s);
    Map<String, Double> e = evidence(last, share, lastWindow, windows.size(), confidence, s);
    String recent = last.defined()
        ? "in the last one its training loss changed by " + Wording.factor(last)
        : "in the last one its loss was not measured";
    return new Finding(Finding.NO_HARM, List.of(run.tasks().get(k)), "the updates did not push task " + name
        + " back beyond noise " + (windows.size() == 1 ? "in the run's one window" : "in any of " + scanned) + ": " + recent + ", and the combined gradient raised its loss on the"
        + " step's batch in " + Wording.share(share.value()) + " of steps" + labelled(lastWindow, k), e);
  }

  /**
   * " with labelled rows for it (72% of the window; ...)" when some steps had none: on those the
   * task's gradient is zero, and the shared layers moved without it.
   */
  private static String labelled(GradientWindow w, int k) {
    int labelled = GradientStatistics.labelledSteps(w, k);
    return labelled == w.size() ? "" : " with labelled rows for it (" + Wording.share((double) labelled / w.size())
        + " of the window; in the others the shared layers moved without it)";
  }

  private static Map<String, Double> evidence(Estimate r, Estimate share, GradientWindow w, int windows, double confidence,
      FindingSettings s) {
    return new Evidence().estimate("lossChange", r).estimate("harmShare", share).window(w, windows, confidence).sampling(r)
        .put("minHarm", s.minHarm()).map();
  }
}

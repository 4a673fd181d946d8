package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;

/**
 * Conflict and agreement between two tasks' gradients, judged on the denoised cosine of their
 * true gradients ρ_ij ({@link GradientStatistics#trueCosine}): conflict when, in some window of
 * the run ({@link WindowScan}), its interval lies below 0 and ρ_ij ≤ −minCosine; otherwise
 * agreement when, in some window, it lies above 0 and ρ_ij ≥ minCosine; else "no conflict beyond
 * noise" over the recent window, with the numbers. The same-step cosine and how often it was negative
 * are shown beside, but never decide: their sign is what minibatch noise decides once a model has
 * nearly converged.
 *
 * <p>Why every window for conflict: two tasks that compete for a shared layer pull apart while
 * they compete; once one of them has taken the layer, the other's gradient on it fades into noise
 * and the recent window alone would say nothing happened.
 */
final class ConflictFindings {
  private ConflictFindings() {}

  /**
   * One finding per pair of tasks that had labelled rows in the recent window.
   *
   * @param run all measured steps of the run
   */
  static List<Finding> of(GradientWindow run, FindingSettings s) {
    GradientWindow w = run.last(s.window());
    List<int[]> windows = WindowScan.of(run.size(), s);
    double scanConfidence = WindowScan.confidence(windows.size(), s);
    List<String> tasks = w.tasks();
    int k = tasks.size();
    Estimate[] floors = new Estimate[k];
    for (int t = 0; t < k; t++) {
      floors[t] = GradientStatistics.selfAgreement(w, t, s);
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (GradientStatistics.labelledSteps(w, i) > 0 && GradientStatistics.labelledSteps(w, j) > 0) {
          Finding found = scan(run, windows, scanConfidence, i, j, s, true);
          if (found == null) {
            found = scan(run, windows, scanConfidence, i, j, s, false);
          }
          out.add(found != null ? found : pair(w, i, j, floors, s));
        }
      }
    }
    return out;
  }

  /**
   * The window where the pair conflicts most (or, with {@code conflict} false, agrees most), as a
   * finding; null when it does in none.
   */
  private static Finding scan(GradientWindow run, List<int[]> windows, double confidence, int i, int j, FindingSettings s,
      boolean conflict) {
    double sign = conflict ? -1 : 1;
    Estimate worst = null;
    GradientWindow where = null;
    for (int[] range : windows) {
      GradientWindow w = run.slice(range[0], range[1]);
      Estimate rho = GradientStatistics.trueCosine(w, i, j, s, confidence);
      boolean beyond = conflict ? rho.below(0) : rho.above(0);
      if (beyond && sign * rho.value() >= s.minCosine() && (worst == null || sign * rho.value() > sign * worst.value())) {
        worst = rho;
        where = w;
      }
    }
    if (worst == null) {
      return null;
    }
    String a = Wording.quoted(run.tasks().get(i));
    String b = Wording.quoted(run.tasks().get(j));
    Estimate ai = GradientStatistics.selfAgreement(where, i, s);
    Estimate aj = GradientStatistics.selfAgreement(where, j, s);
    Estimate same = GradientStatistics.cosine(where, i, j, s);
    Estimate share = GradientStatistics.conflictShare(where, i, j, s);
    Map<String, Double> e = evidence(worst, GradientStatistics.laggedCosine(where, i, j, s), ai, aj, same, share, s)
        .window(where, windows.size(), confidence).map();
    String when = where.steps()[where.size() - 1] == run.steps()[run.size() - 1]
        ? "" : " during steps " + where.steps()[0] + "–" + where.steps()[where.size() - 1];
    String sentence = "tasks " + a + " and " + b + (conflict ? " conflict" + when : " pull the shared layers the same way" + when)
        + ": the cosine of their true"
        + " gradients is " + Wording.plusMinus(worst) + " (" + Wording.interval(worst, confidence) + ", Bonferroni over "
        + WindowScan.describe(windows.size(), s) + "), beyond the noise floor (self-agreement) " + a + " "
        + Wording.plusMinus(ai) + ", " + b + " " + Wording.plusMinus(aj) + "; same-step mean cosine " + Wording.plusMinus(same)
        + ", negative in " + Wording.share(share.value()) + " of steps";
    return new Finding(conflict ? Finding.CONFLICT : Finding.AGREEMENT, List.of(run.tasks().get(i), run.tasks().get(j)), sentence,
        e);
  }

  private static Evidence evidence(Estimate rho, Estimate lagged, Estimate ai, Estimate aj, Estimate same, Estimate share,
      FindingSettings s) {
    return new Evidence().estimate("trueCosine", rho).estimate("laggedCosine", lagged).estimate("selfAgreementA", ai)
        .estimate("selfAgreementB", aj).estimate("meanCosine", same).put("negativeShare", share.value()).sampling(rho)
        .put("minCosine", s.minCosine());
  }

  private static Finding pair(GradientWindow w, int i, int j, Estimate[] floors, FindingSettings s) {
    String a = w.tasks().get(i);
    String b = w.tasks().get(j);
    Estimate rho = GradientStatistics.trueCosine(w, i, j, s);
    Estimate lagged = GradientStatistics.laggedCosine(w, i, j, s);
    Estimate same = GradientStatistics.cosine(w, i, j, s);
    Estimate share = GradientStatistics.conflictShare(w, i, j, s);
    Map<String, Double> e = evidence(rho, lagged, floors[i], floors[j], same, share, s).map();
    String floor = "noise floor (self-agreement) " + Wording.quoted(a) + " " + Wording.plusMinus(floors[i]) + ", "
        + Wording.quoted(b) + " " + Wording.plusMinus(floors[j]);
    String sameStep = "same-step mean cosine " + Wording.plusMinus(same) + ", negative in " + Wording.share(share.value())
        + " of steps";
    String over = "over the last " + (rho.batches() > 0 ? rho.used() : rho.steps()) + " measured steps";
    if (rho.tooFewSteps()) {
      return new Finding(Finding.NO_CONFLICT, List.of(a, b), "conflict between " + Wording.quoted(a) + " and "
          + Wording.quoted(b) + " not assessed: " + Wording.tooFew(rho), e);
    }
    if (!rho.defined()) {
      String noisy = !GradientStatistics.hasSignal(floors[i], s) && !GradientStatistics.hasSignal(floors[j], s)
          ? "the gradients of both are indistinguishable from noise"
          : "the gradient of " + (GradientStatistics.hasSignal(floors[i], s) ? Wording.quoted(b) : Wording.quoted(a))
              + " is indistinguishable from noise";
      return new Finding(Finding.NO_CONFLICT, List.of(a, b), "no conflict beyond noise between " + Wording.quoted(a) + " and "
          + Wording.quoted(b) + " " + over + ": " + noisy + " (" + floor + "), so the directions of their true gradients"
          + " cannot be compared; " + sameStep, e);
    }
    String estimate = "the cosine of their true gradients is " + Wording.plusMinus(rho) + " (" + Wording.interval(rho, s.confidence())
        + ", " + over + ")";
    return new Finding(Finding.NO_CONFLICT, List.of(a, b), "no conflict beyond noise between " + Wording.quoted(a) + " and "
        + Wording.quoted(b) + ": " + estimate + ", within ±" + Numbers.number(s.minCosine()) + " or not distinguishable"
        + " from 0; " + floor + "; " + sameStep, e);
  }
}

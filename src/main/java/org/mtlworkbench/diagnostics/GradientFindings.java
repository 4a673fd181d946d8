package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtlworkbench.common.text.Numbers;

/**
 * Findings from the per-task gradients on the shared parameters, each an effect size with its
 * interval against a minimum effect (docs/findings.md): which task dominates (gradient magnitude
 * imbalance; Chen et al. 2018, GradNorm), which pairs conflict or agree beyond noise ({@link
 * ConflictFindings}; the "conflicting gradients" of Yu et al. 2020, PCGrad, measured free of the
 * shared batch's noise), and which task the update applied pushes back ({@link HarmFindings}).
 * Where nothing is found a sentence says so, with the numbers. The statistics are {@link
 * GradientStatistics}'; the thresholds {@link FindingSettings}'.
 */
public final class GradientFindings {
  private GradientFindings() {}

  /**
   * The gradient findings of a run: claims first (imbalance, conflict, harm, agreement), then
   * what was looked for and not found, then notes.
   *
   * @param run all measured steps of the run (conflict and imbalance read the last {@code
   *     window} of them; harm scans every window)
   */
  public static List<Finding> of(GradientWindow run, FindingSettings s) {
    List<String> tasks = run.tasks();
    if (tasks.size() < 2) {
      return List.of();
    }
    GradientWindow recent = run.last(s.window());
    List<Finding> notes = new ArrayList<>();
    if (recent.size() < s.neededSteps()) {
      Estimate none = Estimate.insufficient(recent.size(), s.neededSteps());
      notes.add(note(tasks, "gradient findings: " + Wording.tooFew(none), none));
      return notes;
    }
    for (int k = 0; k < tasks.size(); k++) {
      if (GradientStatistics.labelledSteps(recent, k) == 0) {
        notes.add(note(List.of(tasks.get(k)), "task " + Wording.quoted(tasks.get(k)) + " had no labelled rows in the last "
            + recent.size() + " measured steps: it is left out of the gradient findings", null));
      }
    }
    if (!run.hasLagged()) {
      notes.add(note(tasks, "this run has no lagged gradient measures (it was recorded before they existed): conflict and"
          + " harm are not assessed; the same-step cosines are shown but not corrected for the shared batch's noise", null));
    }
    List<Finding> claims = new ArrayList<>();
    List<Finding> nothing = new ArrayList<>();
    imbalance(recent, s).ifPresent(claims::add);
    if (run.hasLagged()) {
      for (Finding f : ConflictFindings.of(run, s)) {
        (f.kind().equals(Finding.NO_CONFLICT) ? nothing : claims).add(f);
      }
      if (run.hasUpdate()) {
        for (Finding f : HarmFindings.of(run, s)) {
          (f.kind().equals(Finding.HARM) ? claims : nothing).add(f);
        }
      } else {
        notes.add(note(tasks, "harm is not measured: the run recorded no shared update (under soft sharing each task's"
            + " update moves only its own tower)", null));
      }
    }
    claims.sort((a, b) -> Integer.compare(order(a.kind()), order(b.kind())));
    List<Finding> out = new ArrayList<>(claims);
    out.addAll(nothing);
    out.addAll(notes);
    return out;
  }

  /**
   * A stored run's findings with its gradient findings replaced by {@code gradient} (recomputed
   * from its metrics with the current rules), the others (transfer, affinity) kept as stored and
   * put after them: what a report or a recorded run's display shows.
   */
  public static List<Finding> replacingGradient(List<Finding> stored, List<Finding> gradient) {
    List<Finding> out = new ArrayList<>(gradient);
    if (stored != null) {
      stored.stream().filter(f -> !f.aboutGradients()).forEach(out::add);
    }
    return out;
  }

  /**
   * Task imbalance over the window ({@link GradientStatistics#imbalance}): a task dominates when
   * the lower end of the interval of its weighted gradient norm over another's reaches {@code
   * imbalanceRatio}. When only the unweighted ratio does, the strategy's weights compensate
   * ({@link Finding#IMBALANCE_COMPENSATED}).
   */
  public static Optional<Finding> imbalance(GradientWindow w, FindingSettings s) {
    GradientStatistics.Imbalance weighted = GradientStatistics.imbalance(w, true, s);
    GradientStatistics.Imbalance raw = GradientStatistics.imbalance(w, false, s);
    if (weighted == null || !weighted.ratio().defined()) {
      return Optional.empty();
    }
    boolean weightsDiffer = weightsDiffer(w);
    List<String> tasks = w.tasks();
    String window = "(geometric mean over the last " + weighted.ratio().used() + " measured steps; "
        + Wording.interval(weighted.ratio(), s.confidence()) + ")";
    if (weighted.ratio().low() >= s.imbalanceRatio()) {
      String top = tasks.get(weighted.top());
      String bottom = tasks.get(weighted.bottom());
      String what = weightsDiffer ? "its weighted gradient" : "its gradient";
      String sentence = "task " + Wording.quoted(top) + " dominates the shared layers: " + what + " is "
          + Numbers.ratio(weighted.ratio().value()) + " that of " + Wording.quoted(bottom) + " (" + Numbers.ratio(weighted.ratio().low())
          + "–" + Numbers.ratio(weighted.ratio().high()) + ") " + window;
      return Optional.of(new Finding(Finding.IMBALANCE, List.of(top, bottom), sentence, evidence(weighted, raw, s)));
    }
    if (weightsDiffer && raw.ratio().defined() && raw.ratio().low() >= s.imbalanceRatio()) {
      String top = tasks.get(raw.top());
      String bottom = tasks.get(raw.bottom());
      String sentence = "the gradient of task " + Wording.quoted(top) + " is " + Numbers.ratio(raw.ratio().value()) + " that of "
          + Wording.quoted(bottom) + ", and the strategy's weights bring the largest ratio down to "
          + Numbers.ratio(weighted.ratio().value()) + " " + window;
      return Optional.of(new Finding(Finding.IMBALANCE_COMPENSATED, List.of(top, bottom), sentence, evidence(weighted, raw, s)));
    }
    return Optional.empty();
  }

  private static Map<String, Double> evidence(GradientStatistics.Imbalance weighted, GradientStatistics.Imbalance raw,
      FindingSettings s) {
    return new Evidence().estimate("ratio", weighted.ratio()).estimate("unweightedRatio", raw.ratio()).sampling(weighted.ratio())
        .put("threshold", s.imbalanceRatio()).map();
  }

  private static boolean weightsDiffer(GradientWindow w) {
    for (int t = 0; t < w.size(); t++) {
      for (int task = 1; task < w.tasks().size(); task++) {
        if (w.weights()[task][t] != w.weights()[0][t]) {
          return true;
        }
      }
    }
    return false;
  }

  private static int order(String kind) {
    return switch (kind) {
      case Finding.IMBALANCE, Finding.IMBALANCE_COMPENSATED -> 0;
      case Finding.CONFLICT -> 1;
      case Finding.HARM -> 2;
      default -> 3;
    };
  }

  private static Finding note(List<String> tasks, String sentence, Estimate e) {
    Map<String, Double> evidence = new LinkedHashMap<>();
    if (e != null) {
      evidence.put("steps", (double) e.steps());
      evidence.put("needed", (double) e.needed());
    }
    return new Finding(Finding.GRADIENT_NOTE, tasks, sentence, evidence);
  }
}

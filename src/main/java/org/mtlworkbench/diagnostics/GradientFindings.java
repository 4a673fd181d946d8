package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtlworkbench.common.text.Numbers;

/**
 * Findings from the per-task gradients on the shared parameters: which task dominates (gradient
 * magnitude imbalance) and which pairs conflict (negative cosine, the "conflicting gradients" of
 * Yu et al. 2020, PCGrad). Thresholds come from {@link FindingSettings}.
 */
public final class GradientFindings {
  private GradientFindings() {}

  /** Imbalance first, then conflicting pairs from the most to the least frequent. */
  public static List<Finding> of(GradientWindow w, FindingSettings s) {
    List<Finding> out = new ArrayList<>();
    imbalance(w, s).ifPresent(out::add);
    out.addAll(conflicts(w, s));
    return out;
  }

  /**
   * Step by step, each task's gradient norm over the smallest positive one among the tasks; per
   * task the median over the window's last {@code imbalanceWindow} steps. This is done twice: on
   * the tasks' own gradients ‖g_k‖ and on their weighted gradients w_k‖g_k‖ — the terms of the
   * shared update Σ w_k g_k under a loss-weighting strategy. The task with the largest weighted
   * median dominates the shared layers when that median reaches {@code imbalanceRatio}. When only
   * the unweighted median reaches it, the finding says the strategy's weights compensate ({@link
   * Finding#IMBALANCE_COMPENSATED}). A zero norm (no labelled row for that task in the batch)
   * does not count at that step.
   */
  public static Optional<Finding> imbalance(GradientWindow w, FindingSettings s) {
    int k = w.tasks().size();
    int n = Math.min(w.size(), s.imbalanceWindow());
    if (k < 2 || n < s.minSteps()) {
      return Optional.empty();
    }
    int from = w.size() - n;
    double[] raw = medianRatios(w, from, n, false);
    double[] weighted = medianRatios(w, from, n, true);
    boolean weightsDiffer = weightsDiffer(w, from);
    int top = argmax(weighted);
    int bottom = argmin(weighted);
    int rawTop = argmax(raw);
    int rawBottom = argmin(raw);
    Map<String, Double> evidence = new LinkedHashMap<>();
    evidence.put("medianRatio", top < 0 ? Double.NaN : weighted[top]);
    evidence.put("unweightedMedianRatio", rawTop < 0 ? Double.NaN : raw[rawTop]);
    evidence.put("steps", (double) n);
    evidence.put("fromStep", (double) w.steps()[from]);
    evidence.put("toStep", (double) w.steps()[w.size() - 1]);
    evidence.put("threshold", s.imbalanceRatio());
    String window = "(median of the last " + n + " measured steps)";
    if (top >= 0 && bottom >= 0 && top != bottom && weighted[top] >= s.imbalanceRatio()) {
      String topName = w.tasks().get(top);
      String bottomName = w.tasks().get(bottom);
      String what = weightsDiffer ? "its weighted gradient" : "its gradient";
      String sentence = "task " + Wording.quoted(topName) + " dominates the shared layers: " + what + " is "
          + Numbers.ratio(weighted[top]) + " that of " + Wording.quoted(bottomName) + ", the smallest " + window;
      return Optional.of(new Finding(Finding.IMBALANCE, List.of(topName, bottomName), sentence, evidence));
    }
    if (weightsDiffer && rawTop >= 0 && rawBottom >= 0 && rawTop != rawBottom && raw[rawTop] >= s.imbalanceRatio()) {
      String topName = w.tasks().get(rawTop);
      String bottomName = w.tasks().get(rawBottom);
      String sentence = "task " + Wording.quoted(topName) + "'s gradient is " + Numbers.ratio(raw[rawTop]) + " that of "
          + Wording.quoted(bottomName) + ", and the strategy's weights bring the largest ratio down to "
          + Numbers.ratio(top < 0 ? Double.NaN : weighted[top]) + " " + window;
      return Optional.of(new Finding(Finding.IMBALANCE_COMPENSATED, List.of(topName, bottomName), sentence, evidence));
    }
    return Optional.empty();
  }

  /** Per task, the median over the window of its (weighted) norm over the step's smallest positive one. */
  private static double[] medianRatios(GradientWindow w, int from, int n, boolean weighted) {
    int k = w.tasks().size();
    double[][] ratios = new double[k][n];
    double[] v = new double[k];
    for (int t = 0; t < n; t++) {
      double min = Double.POSITIVE_INFINITY;
      for (int task = 0; task < k; task++) {
        v[task] = w.norms()[task][from + t] * (weighted ? Math.abs(w.weights()[task][from + t]) : 1.0);
        if (v[task] > 0 && v[task] < min) {
          min = v[task];
        }
      }
      for (int task = 0; task < k; task++) {
        ratios[task][t] = v[task] > 0 && Double.isFinite(min) ? v[task] / min : Double.NaN;
      }
    }
    double[] medians = new double[k];
    for (int task = 0; task < k; task++) {
      medians[task] = median(ratios[task]);
    }
    return medians;
  }

  private static boolean weightsDiffer(GradientWindow w, int from) {
    for (int t = from; t < w.size(); t++) {
      for (int task = 1; task < w.tasks().size(); task++) {
        if (w.weights()[task][t] != w.weights()[0][t]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * For each pair, the fraction of the window's last {@code conflictWindow} steps where the
   * cosine is negative (steps where it is undefined or exactly 0 — a zero gradient — do not
   * count). Pairs at or above {@code conflictFraction} are reported.
   */
  public static List<Finding> conflicts(GradientWindow w, FindingSettings s) {
    int k = w.tasks().size();
    int n = Math.min(w.size(), s.conflictWindow());
    int from = w.size() - n;
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        int counted = 0;
        int negative = 0;
        double sum = 0;
        for (int t = from; t < w.size(); t++) {
          double c = w.cosines()[i][j][t];
          if (Double.isFinite(c) && c != 0) {
            counted++;
            sum += c;
            if (c < 0) {
              negative++;
            }
          }
        }
        if (counted < s.minSteps()) {
          continue;
        }
        double fraction = (double) negative / counted;
        if (fraction >= s.conflictFraction()) {
          String a = w.tasks().get(i);
          String b = w.tasks().get(j);
          String sentence = "tasks " + Wording.quoted(a) + " and " + Wording.quoted(b) + " conflict in "
              + Math.round(100 * fraction) + "% of the last " + counted + " measured steps (mean cosine of their gradients "
              + Numbers.significant(sum / counted, 2) + ")";
          Map<String, Double> evidence = new LinkedHashMap<>();
          evidence.put("fraction", fraction);
          evidence.put("steps", (double) counted);
          evidence.put("meanCosine", sum / counted);
          evidence.put("threshold", s.conflictFraction());
          out.add(new Finding(Finding.CONFLICT, List.of(a, b), sentence, evidence));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Finding f) -> -f.evidence().get("fraction")));
    return out;
  }

  /** Median of the finite values; NaN when there are none. */
  static double median(double[] values) {
    double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  private static int argmax(double[] v) {
    int best = -1;
    for (int i = 0; i < v.length; i++) {
      if (Double.isFinite(v[i]) && (best < 0 || v[i] > v[best])) {
        best = i;
      }
    }
    return best;
  }

  private static int argmin(double[] v) {
    int best = -1;
    for (int i = 0; i < v.length; i++) {
      if (Double.isFinite(v[i]) && (best < 0 || v[i] < v[best])) {
        best = i;
      }
    }
    return best;
  }
}

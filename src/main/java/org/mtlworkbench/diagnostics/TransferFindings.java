package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;

/**
 * Findings from the comparison with the single-task baselines ({@link TransferAnalysis}): one
 * sentence per task with its verdict, and one for Δm over all tasks.
 */
public final class TransferFindings {
  private TransferFindings() {}

  /**
   * @param tasks per task, the comparison over the seeds
   * @param split the split the metrics were taken on ("test")
   * @param alpha the significance level the verdicts used
   */
  public static List<Finding> of(List<TaskTransfer> tasks, String split, double alpha) {
    List<Finding> out = new ArrayList<>();
    for (TaskTransfer t : tasks) {
      out.add(task(t, split, alpha));
    }
    if (tasks.size() > 1) {
      overall(tasks, split).ifPresent(out::add);
    }
    return out;
  }

  private static Finding task(TaskTransfer t, String split, double alpha) {
    int seeds = t.mtlStats().n();
    String name = Wording.quoted(t.task());
    String values = Numbers.number(t.mtlStats().mean()) + " vs " + Numbers.number(t.stlStats().mean()) + " " + t.metric()
        + " alone";
    String delta = "Δ " + Numbers.signedPercent(t.deltaStats().mean());
    String kind;
    String sentence;
    switch (t.verdict()) {
      case NEGATIVE_TRANSFER -> {
        kind = Finding.NEGATIVE_TRANSFER;
        sentence = "task " + name + " is worse than alone on the " + split + " split: " + values + " (" + delta + " ± "
            + Numbers.percent(t.deltaStats().std(), 1) + ", " + seeds + " seeds; Welch p = " + Numbers.significant(t.pValue(), 2) + ")";
      }
      case POSITIVE_TRANSFER -> {
        kind = Finding.POSITIVE_TRANSFER;
        sentence = "task " + name + " is better than alone on the " + split + " split: " + values + " (" + delta + " ± "
            + Numbers.percent(t.deltaStats().std(), 1) + ", " + seeds + " seeds; Welch p = " + Numbers.significant(t.pValue(), 2) + ")";
      }
      case NO_SIGNIFICANT_DIFFERENCE -> {
        kind = Finding.NO_SIGNIFICANT_DIFFERENCE;
        sentence = "task " + name + " shows no significant difference from training alone on the " + split + " split: "
            + values + " (" + delta + " ± " + Numbers.percent(t.deltaStats().std(), 1) + ", " + seeds + " seeds; Welch p = "
            + Numbers.significant(t.pValue(), 2) + " ≥ " + Numbers.number(alpha) + ")";
      }
      default -> {
        kind = Finding.TRANSFER_ONE_SEED;
        String way = t.deltaStats().mean() < 0 ? "worse than" : t.deltaStats().mean() > 0 ? "better than" : "the same as";
        sentence = "task " + name + " is " + way + " alone on the " + split + " split on one seed: " + values + " (" + delta
            + "); not tested against seed noise: use two or more seeds";
      }
    }
    Map<String, Double> e = new LinkedHashMap<>();
    e.put("mtlMean", t.mtlStats().mean());
    e.put("mtlStd", t.mtlStats().std());
    e.put("stlMean", t.stlStats().mean());
    e.put("stlStd", t.stlStats().std());
    e.put("deltaMean", t.deltaStats().mean());
    e.put("deltaStd", t.deltaStats().std());
    e.put("pValue", t.pValue());
    e.put("alpha", alpha);
    e.put("seeds", (double) seeds);
    return new Finding(kind, List.of(t.task()), sentence, e);
  }

  private static java.util.Optional<Finding> overall(List<TaskTransfer> tasks, String split) {
    MeanStd m = MeanStd.of(TransferAnalysis.deltaM(tasks));
    if (m.n() == 0) {
      return java.util.Optional.empty();
    }
    String way = m.mean() > 0 ? "better" : m.mean() < 0 ? "worse" : "neither better nor worse";
    String spread = m.n() > 1 ? " ± " + Numbers.percent(m.std(), 1) : "";
    String sentence = "over all tasks, training together is " + way + " than alone on average on the " + split
        + " split: Δm = " + Numbers.signedPercent(m.mean()) + spread + " (" + m.n() + (m.n() == 1 ? " seed)" : " seeds)");
    Map<String, Double> e = new LinkedHashMap<>();
    e.put("deltaMMean", m.mean());
    e.put("deltaMStd", m.std());
    e.put("seeds", (double) m.n());
    return java.util.Optional.of(
        new Finding(Finding.TRANSFER_OVERALL, tasks.stream().map(TaskTransfer::task).toList(), sentence, e));
  }
}

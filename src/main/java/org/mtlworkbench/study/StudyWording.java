package org.mtlworkbench.study;

import java.util.List;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.store.TransferRow;

/**
 * The sentences a study's answer is told in, the same in summary.md, on the terminal and in the
 * report: which strategy is best for a task, how it stands against its single-task baseline and
 * against the next strategy, and which groups the task affinity suggests.
 */
public final class StudyWording {
  /** What a grouped row is, said once under every table that has one. */
  public static final String GROUPED_ROW = "A row \"grouped\" trains each group of the grouping as its own model with the"
      + " strategy (a group of one task: its single-task baseline) and reads each task from its group's run; its wall time per"
      + " seed is the sum of its groups' runs.";

  private StudyWording() {}

  /**
   * "y1 (mse, lower is better): pcgrad is best with 0.412 ± 0.010 over 3 seeds; against training
   * y1 alone: positive transfer (Δ_k +3.2% ± 1.1%, p = 0.012); ahead of equal (0.420 ± 0.020),
   * within seed noise (Welch's p = 0.31)."
   */
  public static String answer(StudyResults.Answer a) {
    StudyResults.TaskResult best = a.bestResult();
    StringBuilder b = new StringBuilder();
    b.append(a.task()).append(" (").append(a.metric()).append(a.higherIsBetter() ? ", higher is better" : ", lower is better")
        .append("): ").append(a.best()).append(" is best with ").append(Numbers.meanStd(best.mean(), best.std())).append(" over ")
        .append(seeds(best.values().size()));
    TransferRow t = best.transfer();
    if (t != null) {
      b.append("; against training ").append(a.task()).append(" alone: ").append(t.verdict().label()).append(" (Δ_k ")
          .append(Numbers.percentMeanStd(t.deltaMean(), t.deltaStd()));
      if (t.pValue() != null) {
        b.append(", p = ").append(Numbers.significant(t.pValue(), 2));
      }
      b.append(')');
    }
    if (a.runnerUp() != null) {
      StudyResults.TaskResult next = a.runnerUpResult();
      b.append("; ahead of ").append(a.runnerUp()).append(" (").append(Numbers.meanStd(next.mean(), next.std())).append("), ")
          .append(welch(a.pVsRunnerUp(), a.significantlyAhead()));
    }
    return b.append('.').toString();
  }

  /**
   * "y1 (mse, lower is better) with pcgrad: together 0.412 ± 0.010, grouped 0.398 ± 0.012 over 3
   * seeds: the grouping is better, beyond seed noise (Welch's p = 0.031)."
   */
  public static String grouped(StudyResults.GroupedAnswer a) {
    StudyResults.TaskResult t = a.togetherResult();
    StudyResults.TaskResult g = a.groupedResult();
    StringBuilder b = new StringBuilder();
    b.append(a.task()).append(" (").append(a.metric()).append(a.higherIsBetter() ? ", higher is better" : ", lower is better")
        .append(") with ").append(a.together()).append(": together ").append(Numbers.meanStd(t.mean(), t.std())).append(", grouped ")
        .append(Numbers.meanStd(g.mean(), g.std())).append(" over ").append(seeds(Math.min(t.values().size(), g.values().size())))
        .append(": ");
    if (t.mean().equals(g.mean())) {
      b.append("the same mean");
    } else {
      b.append(a.groupedBetter() ? "the grouping is better" : "together is better");
    }
    return b.append(", ").append(welch(a.p(), a.significant())).append('.').toString();
  }

  /** "beyond seed noise (Welch's p = 0.031)", "within seed noise (…)", or why it was not tested. */
  private static String welch(Double p, boolean significant) {
    if (p == null) {
      return "not tested (fewer than 2 seeds each)";
    }
    return (significant ? "beyond seed noise" : "within seed noise") + " (Welch's p = " + Numbers.significant(p, 2) + ")";
  }

  /** "{y1, y2} | {y3} (score 0.031)". */
  public static String grouping(AffinityReport.Grouping g) {
    List<String> groups = g.groups().stream().map(members -> "{" + String.join(", ", members) + "}").toList();
    return String.join(" | ", groups) + " (score " + Numbers.significant(g.score(), 3) + ")";
  }

  /** "1 seed", "3 seeds". */
  public static String seeds(int n) {
    return n + (n == 1 ? " seed" : " seeds");
  }
}

package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;

/**
 * Findings from the averaged lookahead affinities ({@link AffinityMatrix}): pairs where a step on
 * one task alone raises the other's loss on average by a noticeable amount (Z_{i→j} &lt;
 * −{@code affinityHarm} · Z_{j→j}, see {@link FindingSettings}), and, with three tasks or more,
 * the best split into two (and, with four or more, three) groups ({@link TaskGrouping}).
 */
public final class AffinityFindings {
  private AffinityFindings() {}

  /**
   * @param tasks task names
   * @param mean {@code [i][j]} = mean Z_{i→j}
   * @param probes how many measurements the means are over
   * @param settings the threshold for harm
   */
  public static List<Finding> of(List<String> tasks, double[][] mean, int probes, FindingSettings settings) {
    List<Finding> out = new ArrayList<>();
    int k = tasks.size();
    if (probes == 0 || k < 2) {
      return out;
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double own = mean[j][j];
        if (i != j && own > 0 && mean[i][j] < -settings.affinityHarm() * own) {
          String sentence = "a step on task " + Wording.quoted(tasks.get(i)) + " alone raises the loss of task "
              + Wording.quoted(tasks.get(j)) + " on the same batch: Z = " + Numbers.significant(mean[i][j], 2) + ", "
              + Numbers.ratio(-mean[i][j] / own) + " what a step on " + Wording.quoted(tasks.get(j)) + " itself gains (mean of "
              + probes + " measurements)";
          Map<String, Double> e = new LinkedHashMap<>();
          e.put("affinity", mean[i][j]);
          e.put("ownAffinity", own);
          e.put("reverseAffinity", mean[j][i]);
          e.put("threshold", settings.affinityHarm());
          e.put("measurements", (double) probes);
          out.add(new Finding(Finding.AFFINITY_HURTS, List.of(tasks.get(i), tasks.get(j)), sentence, e));
        }
      }
    }
    if (k <= TaskGrouping.MAX_TASKS) {
      for (int groups = 2; groups <= Math.min(3, k - 1); groups++) {
        TaskGrouping.Grouping g = TaskGrouping.best(mean, groups);
        List<String> parts = new ArrayList<>();
        for (List<Integer> members : g.groups()) {
          parts.add(Wording.group(members.stream().map(tasks::get).toList()));
        }
        String sentence = "by lookahead affinity the best split into " + groups + " groups is " + String.join(" | ", parts)
            + " (score " + Numbers.significant(g.score(), 2) + ", the affinity credited to the tasks by their groups; "
            + probes + " measurements)";
        Map<String, Double> e = new LinkedHashMap<>();
        e.put("groups", (double) groups);
        e.put("score", g.score());
        e.put("allTogetherScore", TaskGrouping.score(mean, new int[k]));
        e.put("measurements", (double) probes);
        out.add(new Finding(Finding.AFFINITY_GROUPING, tasks, sentence, e));
      }
    }
    return out;
  }
}

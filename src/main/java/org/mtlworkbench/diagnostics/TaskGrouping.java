package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * The best way to split K ≤ {@value #MAX_TASKS} tasks into exactly G groups, by exhaustive
 * search over every partition, given the mean affinities Z_{i→j}.
 *
 * <p>Score, after TAG (Fifty et al. 2021, §3.3): each task j is credited with the mean affinity
 * onto it from the other members of its group, and the grouping's score is the sum over tasks:
 *
 * <pre>score = Σ_j  mean_{i ∈ group(j), i ≠ j} Z_{i→j}</pre>
 *
 * <p>A task alone in its group is credited 0 (it would be trained alone: no transfer, neither
 * good nor bad). Undefined affinities (NaN) count as 0. Unlike the paper, which lets a task sit in
 * several candidate networks and be served by the best, groups here are a partition: every task
 * is in exactly one group. Ties go to the partition found first (tasks in model order).
 */
public final class TaskGrouping {
  /** Above this the partitions become too many to list (S(8, 3) = 966; S(12, 3) = 86,526). */
  public static final int MAX_TASKS = 8;

  private TaskGrouping() {}

  /**
   * A partition of the tasks and its score.
   *
   * @param groups task indices per group, each group ascending, groups ordered by first member
   * @param score the summed affinity credit
   */
  public record Grouping(List<List<Integer>> groups, double score) {}

  /** The best partition into exactly {@code groups} non-empty groups (2 ≤ groups ≤ K ≤ 8). */
  public static Grouping best(double[][] affinity, int groups) {
    int k = affinity.length;
    if (k > MAX_TASKS || groups < 1 || groups > k) {
      throw new IllegalArgumentException("cannot split " + k + " tasks into " + groups + " groups by exhaustive search");
    }
    int[] label = new int[k];
    Grouping[] best = new Grouping[1];
    search(affinity, groups, label, 0, 0, best);
    return best[0];
  }

  /** The score of a partition given as a group label per task. */
  public static double score(double[][] affinity, int[] label) {
    double total = 0;
    for (int j = 0; j < label.length; j++) {
      double sum = 0;
      int n = 0;
      for (int i = 0; i < label.length; i++) {
        if (i != j && label[i] == label[j]) {
          double z = affinity[i][j];
          sum += Double.isNaN(z) ? 0 : z;
          n++;
        }
      }
      total += n == 0 ? 0 : sum / n;
    }
    return total;
  }

  /** Restricted-growth strings: task t joins an existing group or opens the next one. */
  private static void search(double[][] a, int groups, int[] label, int t, int used, Grouping[] best) {
    int k = label.length;
    if (t == k) {
      if (used == groups) {
        double s = score(a, label);
        if (best[0] == null || s > best[0].score()) {
          best[0] = new Grouping(groupsOf(label, groups), s);
        }
      }
      return;
    }
    if (used + (k - t) < groups) {
      return;
    }
    for (int g = 0; g <= Math.min(used, groups - 1); g++) {
      label[t] = g;
      search(a, groups, label, t + 1, Math.max(used, g + 1), best);
    }
  }

  private static List<List<Integer>> groupsOf(int[] label, int groups) {
    List<List<Integer>> out = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<Integer> members = new ArrayList<>();
      for (int t = 0; t < label.length; t++) {
        if (label[t] == g) {
          members.add(t);
        }
      }
      out.add(List.copyOf(members));
    }
    return List.copyOf(out);
  }
}

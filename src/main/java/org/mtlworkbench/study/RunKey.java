package org.mtlworkbench.study;

import java.util.List;
import org.mtlworkbench.model.Sharing;

/**
 * Which run of a study: a multi-task run of all tasks (a strategy under a sharing scheme with a
 * seed), a run of one group of a grouping (the same, on the group's tasks alone; {@link
 * TaskGroups}), or a single-task baseline (a task alone under a sharing scheme with a seed).
 * Everything a run needs follows from the study and this key, so the key is what is handed to
 * whoever runs it (this process, or a cluster's task).
 *
 * @param strategy the balancing strategy of a multi-task or group run; null for a baseline
 * @param task the task of a baseline; null otherwise
 * @param sharing the sharing scheme, as experiment files spell it
 * @param seed the seed
 * @param group the tasks of a group run (two or more, in the grouping's order); null otherwise
 */
public record RunKey(String strategy, String task, String sharing, long seed, List<String> group) {

  public RunKey {
    if ((strategy == null) == (task == null)) {
      throw new IllegalArgumentException("a run key names a strategy (multi-task run) or a task (baseline), not both");
    }
    if (group != null && (task != null || group.size() < 2)) {
      throw new IllegalArgumentException("a group run names a strategy and two or more tasks");
    }
    group = group == null ? null : List.copyOf(group);
    Sharing.parse(sharing);
  }

  public static RunKey multiTask(String strategy, Sharing sharing, long seed) {
    return new RunKey(strategy, null, sharing.id(), seed, null);
  }

  public static RunKey baseline(String task, Sharing sharing, long seed) {
    return new RunKey(null, task, sharing.id(), seed, null);
  }

  /** The run of one group of two or more tasks, trained as its own model. */
  public static RunKey group(String strategy, List<String> tasks, Sharing sharing, long seed) {
    return new RunKey(strategy, null, sharing.id(), seed, tasks);
  }

  public boolean baseline() {
    return task != null;
  }

  /** Whether this is the run of a group of a grouping (not all tasks, not a baseline). */
  public boolean grouped() {
    return group != null;
  }

  public Sharing sharingMode() {
    return Sharing.parse(sharing);
  }

  /** "pcgrad · hard · seed 5", "pcgrad on y1+y2 · hard · seed 5" or "baseline y1 · hard · seed 5", for lines people read. */
  public String label() {
    String what = baseline() ? "baseline " + task : grouped() ? strategy + " on " + TaskGroups.joined(group) : strategy;
    return what + " · " + sharing + " · seed " + seed;
  }
}

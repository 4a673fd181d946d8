package org.mtlworkbench.study;

import org.mtlworkbench.model.Sharing;

/**
 * Which run of a study: a multi-task run (a strategy under a sharing scheme with a seed) or a
 * single-task baseline (a task alone under a sharing scheme with a seed). Everything a run
 * needs follows from the study and this key, so the key is what is handed to whoever runs it (this
 * process, or a cluster's task).
 *
 * @param strategy the balancing strategy of a multi-task run; null for a baseline
 * @param task the task of a baseline; null for a multi-task run
 * @param sharing the sharing scheme, as experiment files spell it
 * @param seed the seed
 */
public record RunKey(String strategy, String task, String sharing, long seed) {

  public RunKey {
    if ((strategy == null) == (task == null)) {
      throw new IllegalArgumentException("a run key names a strategy (multi-task run) or a task (baseline), not both");
    }
    Sharing.parse(sharing);
  }

  public static RunKey multiTask(String strategy, Sharing sharing, long seed) {
    return new RunKey(strategy, null, sharing.id(), seed);
  }

  public static RunKey baseline(String task, Sharing sharing, long seed) {
    return new RunKey(null, task, sharing.id(), seed);
  }

  public boolean baseline() {
    return task != null;
  }

  public Sharing sharingMode() {
    return Sharing.parse(sharing);
  }

  /** "pcgrad · hard · seed 5" or "baseline y1 · hard · seed 5", for lines people read. */
  public String label() {
    return (baseline() ? "baseline " + task : strategy) + " · " + sharing + " · seed " + seed;
  }
}

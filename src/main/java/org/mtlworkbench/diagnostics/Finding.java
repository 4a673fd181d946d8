package org.mtlworkbench.diagnostics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One plain-language observation about a run, with the numbers it rests on, so that a display or
 * a report can show the sentence and let the reader check it.
 *
 * @param kind what sort of observation (one of the constants below)
 * @param tasks the tasks it is about, most important first
 * @param sentence the observation in one sentence, e.g. "task 'y3' dominates the shared layers:
 *     its gradient is 2800× the smallest ('y1') (median of the last 200 measured steps)"
 * @param evidence the numbers behind it, by name, in a stable order
 */
public record Finding(String kind, List<String> tasks, String sentence, Map<String, Double> evidence) {
  /** One task's gradient on the shared part is much larger than another's. */
  public static final String IMBALANCE = "imbalance";
  /** One task's own gradient is much larger than another's, but the strategy's weights even it out. */
  public static final String IMBALANCE_COMPENSATED = "imbalance-compensated";
  /** Two tasks' gradients point apart (negative cosine) in many steps. */
  public static final String CONFLICT = "conflict";
  /** Worse with the other tasks than alone, beyond seed noise. */
  public static final String NEGATIVE_TRANSFER = "negative-transfer";
  /** Better with the other tasks than alone, beyond seed noise. */
  public static final String POSITIVE_TRANSFER = "positive-transfer";
  /** No difference beyond seed noise. */
  public static final String NO_SIGNIFICANT_DIFFERENCE = "no-significant-difference";
  /** A difference seen on one seed, not tested against seed noise. */
  public static final String TRANSFER_ONE_SEED = "transfer-one-seed";
  /** Δm, the mean relative difference over all tasks. */
  public static final String TRANSFER_OVERALL = "transfer-overall";
  /** A step on one task alone raises another's loss on average. */
  public static final String AFFINITY_HURTS = "affinity-hurts";
  /** The best split of the tasks into groups by lookahead affinity. */
  public static final String AFFINITY_GROUPING = "affinity-grouping";

  public Finding {
    tasks = List.copyOf(tasks);
    Map<String, Double> copy = new LinkedHashMap<>();
    evidence.forEach((k, v) -> {
      if (v != null && Double.isFinite(v)) {
        copy.put(k, v);
      }
    });
    evidence = Collections.unmodifiableMap(copy);
  }
}

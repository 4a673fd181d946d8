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
 * @param sentence the observation in one sentence with its evidence, e.g. "task 'y3' dominates the
 *     shared layers: its gradient is 2800× that of 'y1' (2500×–3100×) (geometric mean over the
 *     last 500 measured steps; 95% CI, 22 batches of 22 steps)"
 * @param evidence the numbers behind it, by name, in a stable order
 */
public record Finding(String kind, List<String> tasks, String sentence, Map<String, Double> evidence) {
  /** One task's gradient on the shared part is much larger than another's. */
  public static final String IMBALANCE = "imbalance";
  /** One task's own gradient is much larger than another's, but the strategy's weights even it out. */
  public static final String IMBALANCE_COMPENSATED = "imbalance-compensated";
  /** Two tasks' true gradients point apart beyond noise (denoised cosine below −minCosine). */
  public static final String CONFLICT = "conflict";
  /** Two tasks' true gradients point the same way beyond noise (denoised cosine above minCosine). */
  public static final String AGREEMENT = "gradient-agreement";
  /** Looked for and not found: no conflict or agreement beyond noise between two tasks. */
  public static final String NO_CONFLICT = "no-conflict";
  /** The update applied pushes a task back: to first order it raises the task's loss, beyond noise. */
  public static final String HARM = "harm";
  /** Looked for and not found: the update did not push the task back beyond noise. */
  public static final String NO_HARM = "no-harm";
  /** What the gradient findings could not assess, and why (too few steps, a task without labels, a measure absent). */
  public static final String GRADIENT_NOTE = "gradient-note";
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

  private static final java.util.Set<String> GRADIENT = java.util.Set.of(IMBALANCE, IMBALANCE_COMPENSATED, CONFLICT, AGREEMENT,
      NO_CONFLICT, HARM, NO_HARM, GRADIENT_NOTE);
  private static final java.util.Set<String> CLAIMS = java.util.Set.of(IMBALANCE, IMBALANCE_COMPENSATED, CONFLICT, AGREEMENT, HARM,
      NEGATIVE_TRANSFER, POSITIVE_TRANSFER, AFFINITY_HURTS);

  /** Whether this finding comes from the gradients (recomputable from a run's stored metrics). */
  public boolean aboutGradients() {
    return GRADIENT.contains(kind);
  }

  /** Whether it says something was looked for and not found (no conflict, no harm, no significant difference). */
  public boolean lookedForNotFound() {
    return kind.equals(NO_CONFLICT) || kind.equals(NO_HARM) || kind.equals(NO_SIGNIFICANT_DIFFERENCE);
  }

  /** Whether it claims something (as opposed to "looked for, not found" and notes): what a notification announces. */
  public boolean makesClaim() {
    return CLAIMS.contains(kind);
  }

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

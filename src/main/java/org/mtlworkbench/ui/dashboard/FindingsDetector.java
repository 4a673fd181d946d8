package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mtlworkbench.train.MetricsLog;

/**
 * Looks at the recent steps of a run and says what stands out, once per run for each thing:
 *
 * <ul>
 *   <li>a task dominates the shared layers: the median over the last {@value #DOMINANCE_WINDOW}
 *       steps of (largest / smallest task gradient norm) is at least {@value #DOMINANCE_RATIO}
 *       (task imbalance, as GradNorm measures it: Chen et al. 2018);
 *   <li>two tasks conflict: their gradients on the shared parameters have a negative cosine in at
 *       least {@value #CONFLICT_SHARE} of the last {@value #CONFLICT_WINDOW} steps (the conflict
 *       PCGrad removes: Yu et al. 2020).
 * </ul>
 *
 * A verdict needs at least {@value #MIN_MEASURED} measured steps, so that the first noisy steps
 * of a run say nothing.
 */
public final class FindingsDetector {
  public static final int DOMINANCE_WINDOW = 200;
  public static final double DOMINANCE_RATIO = 10;
  public static final int CONFLICT_WINDOW = 500;
  public static final double CONFLICT_SHARE = 0.4;
  public static final int MIN_MEASURED = 50;

  private final Set<String> reported = new HashSet<>();

  /** Forgets what was reported (a new run). */
  public void reset() {
    reported.clear();
  }

  /** What is newly found in {@code log} (empty when nothing new). */
  public List<Finding> check(MetricsLog log) {
    List<Finding> out = new ArrayList<>();
    int n = log.size();
    if (n == 0) {
      return out;
    }
    long step = log.step(n - 1);
    List<String> tasks = log.taskNames();
    RecentStats.Imbalance imbalance = RecentStats.imbalance(log, DOMINANCE_WINDOW);
    if (imbalance.steps() >= MIN_MEASURED && imbalance.ratio() >= DOMINANCE_RATIO) {
      String name = tasks.get(imbalance.largest());
      add(out, "dominance:" + name, step, String.format(Locale.ROOT,
          "task '%s' dominates the shared layers: its gradient is %s× that of '%s' (median of the last %d steps)",
          name, times(imbalance.ratio()), tasks.get(imbalance.smallest()), DOMINANCE_WINDOW));
    }
    RecentStats.Conflict conflict = RecentStats.conflict(log, CONFLICT_WINDOW);
    for (int i = 0; i < tasks.size(); i++) {
      for (int j = i + 1; j < tasks.size(); j++) {
        if (conflict.steps()[i][j] >= MIN_MEASURED && conflict.conflictShare()[i][j] >= CONFLICT_SHARE) {
          add(out, "conflict:" + tasks.get(i) + ":" + tasks.get(j), step, String.format(Locale.ROOT,
              "tasks %s and %s conflict in %.0f%% of the last %d steps (gradient cosine < 0)",
              tasks.get(i), tasks.get(j), 100 * conflict.conflictShare()[i][j], CONFLICT_WINDOW));
        }
      }
    }
    return out;
  }

  private void add(List<Finding> out, String key, long step, String message) {
    if (reported.add(key)) {
      out.add(new Finding(key, step, message));
    }
  }

  /** 2800, 12, 3.4: as many digits as a reader needs. */
  static String times(double ratio) {
    if (Double.isInfinite(ratio)) {
      return "∞";
    }
    return ratio >= 100 ? String.format(Locale.ROOT, "%,.0f", ratio)
        : ratio >= 10 ? String.format(Locale.ROOT, "%.0f", ratio) : String.format(Locale.ROOT, "%.1f", ratio);
  }
}

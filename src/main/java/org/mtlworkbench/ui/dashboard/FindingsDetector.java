package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientFindings;
import org.mtlworkbench.train.LogFindings;
import org.mtlworkbench.train.MetricsLog;

/**
 * Says, once per run for each thing, what the gradient findings of the run's recent steps are:
 * the same {@link GradientFindings} (imbalance: Chen et al. 2018, GradNorm; conflict: Yu et al.
 * 2020, PCGrad), with the same settings and the same sentences, as the run store writes into
 * {@code findings.json} and the report shows, so the window and the report never disagree.
 */
public final class FindingsDetector {
  private static final FindingSettings SETTINGS = FindingSettings.DEFAULTS;
  /** Steps the imbalance (ratio label, findings) is taken over. */
  public static final int DOMINANCE_WINDOW = SETTINGS.window();
  /** Steps the conflict (matrix, findings) is taken over. */
  public static final int CONFLICT_WINDOW = SETTINGS.window();

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
    for (org.mtlworkbench.diagnostics.Finding f : LogFindings.gradients(log, SETTINGS)) {
      // an imbalance is one thing per dominant task, a conflict one per pair
      List<String> about = f.kind().equals(org.mtlworkbench.diagnostics.Finding.CONFLICT) ? f.tasks() : f.tasks().subList(0, 1);
      String key = f.kind() + ":" + String.join(":", about);
      if (reported.add(key)) {
        out.add(new Finding(key, step, f.sentence()));
      }
    }
    return out;
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

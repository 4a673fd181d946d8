package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.train.LogFindings;
import org.mtlworkbench.train.MetricsLog;

/**
 * What the dashboard says about a run: the run's gradient findings — the same {@code
 * GradientFindings} with the same settings and sentences as run.json and the report — and which
 * claims are new since the last look, so that each is announced once. A live run's findings come
 * from its {@code FindingsMonitor}, which publishes them on the log; a log without published
 * findings (a recorded run replayed from disk) has them computed once, off the UI thread.
 */
public final class FindingsDetector {
  static final FindingSettings SETTINGS = FindingSettings.DEFAULTS;
  private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "dashboard-findings");
    t.setDaemon(true);
    return t;
  });

  private final Set<String> announced = new HashSet<>();
  private final Map<String, Long> firstSeen = new HashMap<>();
  private List<Finding> current = List.of();
  private MetricsLog computedFor;
  private int computedSize = -1;
  private Future<List<org.mtlworkbench.diagnostics.Finding>> computing;

  /** The statistics of the log's recent window, as the conflict matrix and the imbalance caption show them. */
  public static GradientSummary summary(MetricsLog log) {
    return GradientSummary.of(LogFindings.window(log, SETTINGS.window()), SETTINGS);
  }

  /**
   * {@code summary} (of {@code log}'s recent window) with the imbalance of the raw norms ‖g_k‖ in
   * place of the weighted one, computed by the one definition over the same window.
   */
  public static GradientSummary withRawImbalance(MetricsLog log, GradientSummary summary) {
    var window = LogFindings.window(log, SETTINGS.window()).last(SETTINGS.window());
    var raw = org.mtlworkbench.diagnostics.GradientStatistics.imbalance(window, false, SETTINGS);
    return new GradientSummary(summary.tasks(), summary.steps(), raw, summary.trueCosine(), summary.cosine(),
        summary.conflictShare(), summary.selfAgreement(), summary.harmShare(), summary.lagged());
  }

  /** Forgets the run (a new one). */
  public void reset() {
    announced.clear();
    firstSeen.clear();
    current = List.of();
    computedFor = null;
    computedSize = -1;
    computing = null;
  }

  /** Looks at the run's findings now; returns the claims not announced before (empty when nothing new). */
  public List<Finding> check(MetricsLog log) {
    int n = log.size();
    if (n == 0) {
      return List.of();
    }
    boolean live = log.findings() != null;
    List<org.mtlworkbench.diagnostics.Finding> latest = live ? log.findings() : computed(log);
    if (latest == null) {
      return List.of();
    }
    // a recorded run's findings are computed once from the whole log: they were not "seen" at its last step
    long step = live ? log.step(n - 1) : Finding.NOT_LIVE;
    List<Finding> all = new ArrayList<>();
    List<Finding> fresh = new ArrayList<>();
    for (org.mtlworkbench.diagnostics.Finding f : latest) {
      String key = key(f);
      Finding shown = new Finding(key, firstSeen.computeIfAbsent(key, k -> step), f);
      all.add(shown);
      if (f.makesClaim() && announced.add(key)) {
        fresh.add(shown);
      }
    }
    current = List.copyOf(all);
    return fresh;
  }

  /** Every finding as last looked at: claims, then what was looked for and not found, then notes. */
  public List<Finding> current() {
    return current;
  }

  /** Findings of a log nobody published any for, computed in the background; null until they are ready. */
  private List<org.mtlworkbench.diagnostics.Finding> computed(MetricsLog log) {
    if (log != computedFor || log.size() != computedSize) {
      computedFor = log;
      computedSize = log.size();
      computing = BACKGROUND.submit(() -> LogFindings.gradients(log, SETTINGS));
    }
    if (!computing.isDone()) {
      return null;
    }
    try {
      return computing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return List.of();
    }
  }

  /** An imbalance is one thing per dominant task, a conflict one per pair, harm one per task; a note is its sentence. */
  static String key(org.mtlworkbench.diagnostics.Finding f) {
    if (f.kind().equals(org.mtlworkbench.diagnostics.Finding.GRADIENT_NOTE)) {
      return f.kind() + ":" + f.sentence();
    }
    List<String> about = f.kind().startsWith("imbalance") ? f.tasks().subList(0, Math.min(1, f.tasks().size())) : f.tasks();
    return f.kind() + ":" + String.join(":", about);
  }
}

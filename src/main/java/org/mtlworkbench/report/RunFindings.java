package org.mtlworkbench.report;

import java.util.List;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientFindings;
import org.mtlworkbench.diagnostics.GradientWindow;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.train.LogFindings;

/**
 * The findings a report shows for a stored run: its gradient findings recomputed from its stored
 * metrics with the current rules (for a run recorded now they are exactly those of its run.json;
 * an older run gets today's, with a note where a measure is absent), followed by the transfer and
 * affinity findings its run.json holds.
 */
final class RunFindings {
  private RunFindings() {}

  /** All measured steps of the run, as the gradient statistics read them. */
  static GradientWindow gradients(StoredRun run) {
    return LogFindings.window(run.metrics().replay(), Integer.MAX_VALUE);
  }

  static List<Finding> of(StoredRun run, GradientWindow gradients) {
    return GradientFindings.replacingGradient(run.manifest().findings(), GradientFindings.of(gradients, FindingSettings.DEFAULTS));
  }

  static List<Finding> of(StoredRun run) {
    return of(run, gradients(run));
  }
}

package org.mtlworkbench.train;

import java.util.List;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;

/**
 * Keeps a run's gradient findings current while it goes: it records the run into its own {@link
 * MetricsLog} and recomputes the findings every {@code recomputeEvery} steps and at the end.
 * {@link #current()} may be read from any thread.
 */
public final class FindingsMonitor implements TrainingListener {
  private final FindingSettings settings;
  private volatile MetricsLog log;
  private volatile List<Finding> current = List.of();

  public FindingsMonitor(FindingSettings settings) {
    this.settings = settings;
  }

  @Override
  public void onStart(RunInfo info) {
    log = MetricsLog.forRun(info);
  }

  @Override
  public void onStep(StepRecord record) {
    log.onStep(record);
    if ((record.step() + 1) % settings.recomputeEvery() == 0) {
      recompute();
    }
  }

  @Override
  public void onEpoch(EpochRecord record) {
    log.onEpoch(record);
  }

  @Override
  public void onFinish(RunOutcome outcome) {
    if (log != null) {
      recompute();
    }
  }

  /** The findings as last computed (empty before the first recomputation). */
  public List<Finding> current() {
    return current;
  }

  /** The log this monitor records into (null before the run starts). */
  public MetricsLog log() {
    return log;
  }

  private void recompute() {
    current = List.copyOf(LogFindings.gradients(log, settings));
  }
}

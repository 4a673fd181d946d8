package org.mtlworkbench.ui.run;

import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.StepRecord;
import org.mtlworkbench.train.TrainingListener;

/**
 * The window's only listener on the training thread: it stores every record in a {@link
 * MetricsLog} shaped for the run and returns. The window polls the log; nothing here reaches the UI.
 */
final class LogRecorder implements TrainingListener {
  private volatile MetricsLog log;

  /** The log, once the run has started; {@code null} before. */
  MetricsLog log() {
    return log;
  }

  @Override
  public void onStart(RunInfo info) {
    log = MetricsLog.forRun(info);
  }

  @Override
  public void onStep(StepRecord record) {
    log.onStep(record);
  }

  @Override
  public void onEpoch(EpochRecord record) {
    log.onEpoch(record);
  }
}

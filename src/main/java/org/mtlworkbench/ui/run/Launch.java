package org.mtlworkbench.ui.run;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.AssembledRun;
import org.mtlworkbench.experiment.ExperimentAssembler;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.TrainingRun;

/**
 * One press of Run: prepares data and model on a worker thread, then starts training on the
 * trainer's own thread, unless it was stopped meanwhile. Its fields are read by the UI thread when
 * it polls; the lock only guards "stopped before it started" against "started".
 */
final class Launch {
  final LogRecorder recorder = new LogRecorder();
  private TrainingRun run;
  private boolean cancelled;
  private volatile String failure;

  /** Worker thread: assembles the experiment and starts the run. */
  void prepare(ExperimentSpec spec, Path baseDir) {
    try {
      AssembledRun assembled = ExperimentAssembler.assemble(spec, baseDir);
      synchronized (this) {
        if (!cancelled) {
          run = TrainingRun.start(assembled.job(), List.of(recorder));
        }
      }
    } catch (InputException e) {
      failure = e.getMessage();
    } catch (RuntimeException | Error e) {
      failure = "the run could not be prepared: " + e;
    }
  }

  /** The run once it has started; {@code null} while preparing, after a failure or a cancel. */
  synchronized TrainingRun run() {
    return run;
  }

  /** Forgets the run once its outcome is known, so that its model can be collected. */
  synchronized void release() {
    run = null;
  }

  /** Stops the run, or keeps it from starting. */
  synchronized void stop() {
    cancelled = true;
    if (run != null) {
      run.control().stop();
    }
  }

  synchronized boolean cancelled() {
    return cancelled;
  }

  /** Why preparing failed, or {@code null}. */
  String failure() {
    return failure;
  }
}

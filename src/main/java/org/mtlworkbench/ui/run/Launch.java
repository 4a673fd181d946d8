package org.mtlworkbench.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.AssembledRun;
import org.mtlworkbench.run.ExperimentAssembler;
import org.mtlworkbench.run.RunRecorder;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.train.FindingsMonitor;
import org.mtlworkbench.train.TrainingJob;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;

/**
 * One press of Run: prepares data and model on a worker thread, then starts training on the
 * trainer's own thread, unless it was stopped meanwhile. With a workspace, the worker thread
 * records the run into a new run directory ({@link RunRecorder}) and stays with it until its
 * findings are written. Its fields are read by the UI thread when it polls; the lock only guards
 * "stopped before it started" against "started".
 */
final class Launch {
  /**
   * Records every step into the log the window follows, and keeps the findings current: the same
   * monitor is the run store's ({@link RunRecorder}), so each step is kept in memory once.
   */
  final FindingsMonitor recorder = new FindingsMonitor(FindingSettings.DEFAULTS);
  private TrainingRun run;
  private boolean cancelled;
  private volatile String failure;
  private volatile Path runDir;
  private volatile boolean recorded;

  /** Worker thread: assembles the experiment and starts the run, in memory only. */
  void prepare(ExperimentSpec spec, Path baseDir) {
    try {
      AssembledRun assembled = ExperimentAssembler.assemble(spec, baseDir);
      begin(assembled.job(), List.of(recorder));
    } catch (InputException e) {
      failure = e.getMessage();
    } catch (RuntimeException | Error e) {
      failure = "the run could not be prepared: " + e;
    }
  }

  /**
   * Worker thread: runs the experiment into a new run directory of {@code workspace} and waits
   * for it to end, so that its findings reach run.json.
   *
   * @param experimentFile the file the experiment was opened from or saved to, or null
   */
  void record(ExperimentSpec spec, Path baseDir, Path experimentFile, Workspace workspace) {
    Path dir = null;
    try {
      dir = workspace.newRunDir(spec.name());
      runDir = dir;
      ExperimentSpec asRun = RunProvenance.withAbsoluteData(spec, baseDir);
      String command = RunProvenance.writeCopy(asRun, dir);
      RunRecorder.record(asRun, baseDir, experimentFile, dir, command, (job, listeners) -> {
        TrainingRun started = begin(job, listeners);
        if (started == null) {
          throw new Cancelled();
        }
        return started.outcome().join();
      }, recorder, List.of());
      recorded = true;
    } catch (Cancelled e) {
      removeEmpty(dir);
    } catch (InputException e) {
      failure = e.getMessage();
      removeEmpty(dir);
    } catch (RuntimeException | Error e) {
      failure = "the run could not be prepared: " + e;
      removeEmpty(dir);
    }
  }

  /** Starts training; null when it was stopped meanwhile. */
  private synchronized TrainingRun begin(TrainingJob job, List<TrainingListener> listeners) {
    if (cancelled) {
      return null;
    }
    run = TrainingRun.start(job, listeners);
    return run;
  }

  /** A run stopped or failed before it began leaves no folder behind (no run.json was written). */
  private static void removeEmpty(Path dir) {
    if (dir == null || Files.isRegularFile(dir.resolve(RunFiles.MANIFEST))) {
      return;
    }
    try (var entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        Files.delete(p);
      }
      Files.delete(dir);
    } catch (IOException e) {
      // a folder without run.json is not listed as a run; leaving it costs nothing else
    }
  }

  /** Thrown through the recorder when Stop came before training began. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("stopped before training began", null, false, false);
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

  /** The run directory being written, or null (no workspace, or not created yet). */
  Path runDir() {
    return runDir;
  }

  /** Whether the run directory is complete: the run ended and its findings are in run.json. */
  boolean recorded() {
    return recorded;
  }
}

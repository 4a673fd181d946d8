package org.mtlworkbench.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.run.AssembledRun;
import org.mtlworkbench.study.Baseline;
import org.mtlworkbench.study.BaselineCache;
import org.mtlworkbench.study.BaselineRunner;
import org.mtlworkbench.run.ExperimentAssembler;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingRun;

/**
 * The single-task baselines of the window's run: when a run finishes and baselines are on, each
 * task is trained alone (or found in the baseline cache, shared with {@code train --baselines})
 * on a background thread, one after another, so that the live run never shares the machine with
 * them. The dashboard shows each baseline's loss curve dotted beside its task's and fills the
 * task table's baseline, Δ and verdict columns (negative transfer: Maninis et al. 2019, Δ_k).
 *
 * <p>Like {@link RunSession}, it never calls the UI: the worker publishes into a volatile field
 * and {@link #poll()}, called by the window's timer, copies it into the properties.
 */
public final class BaselineSession {
  private final RunSession run;
  private final Supplier<Path> baseDir;
  private final Supplier<Path> cacheRoot;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mtl-baselines");
    t.setDaemon(true);
    return t;
  });
  private final BooleanProperty enabled = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<List<BaselineCurve>> results = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private volatile Work work;
  private RunState seen = RunState.IDLE;

  /** What the worker has found so far for one run; replaced, never changed, by the worker. */
  private static final class Work {
    final ExperimentSpec spec;
    volatile List<BaselineCurve> done = List.of();
    volatile String message = "";
    volatile boolean cancelled;
    volatile TrainingRun current;

    Work(ExperimentSpec spec) {
      this.spec = spec;
    }
  }

  /**
   * @param run the window's run session, whose finished runs get baselines
   * @param baseDir the folder the experiment's relative paths are relative to
   * @param cacheRoot the baseline cache's folder (the workspace's {@code .baselines})
   */
  public BaselineSession(RunSession run, Supplier<Path> baseDir, Supplier<Path> cacheRoot) {
    this.run = run;
    this.baseDir = baseDir;
    this.cacheRoot = cacheRoot;
    enabled.addListener((obs, old, on) -> {
      if (on && work == null && run.state() == RunState.ENDED && run.endedWith(RunStatus.FINISHED)) {
        start(run.specProperty().get(), baseDir.get());
      }
    });
  }

  /** Whether finished runs get their single-task baselines. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  /** The baselines of the shown run found so far, in task order; empty before. */
  public ReadOnlyObjectProperty<List<BaselineCurve>> resultsProperty() {
    return results.getReadOnlyProperty();
  }

  /** What the baselines are doing, or "". */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** UI thread, every frame: starts baselines for a run that just finished; publishes progress. */
  public void poll() {
    RunState now = run.state();
    if (now != seen) {
      if (now.isActive()) {
        cancel();
        results.set(List.of());
        message.set("");
      } else if (now == RunState.ENDED && enabled.get() && run.endedWith(RunStatus.FINISHED)) {
        start(run.specProperty().get(), baseDir.get());
      }
      seen = now;
    }
    Work w = work;
    if (w != null) {
      if (results.get() != w.done) {
        results.set(w.done);
      }
      if (!message.get().equals(w.message)) {
        message.set(w.message);
      }
    }
  }

  /** Starts the baselines of {@code spec} now (also what turning baselines on after a run does). */
  public void start(ExperimentSpec spec, Path dir) {
    cancel();
    Work w = new Work(spec);
    work = w;
    w.message = "Single-task baselines: preparing…";
    Path cache = cacheRoot.get();
    worker.execute(() -> obtainAll(w, dir, cache));
  }

  /** Stops the baselines being trained (a new run started). */
  public void cancel() {
    Work w = work;
    if (w != null) {
      w.cancelled = true;
      TrainingRun r = w.current;
      if (r != null) {
        r.control().stop();
      }
    }
    work = null;
  }

  private static void obtainAll(Work w, Path dir, Path cache) {
    try {
      AssembledRun assembled = ExperimentAssembler.assemble(w.spec, dir);
      List<String> features = assembled.data().train().featureNames();
      JobRunner runner = (job, listeners) -> {
        TrainingRun r = TrainingRun.start(job, listeners);
        w.current = r;
        if (w.cancelled) {
          r.control().stop();
        }
        return r.outcome().join();
      };
      BaselineRunner baselines = new BaselineRunner(new BaselineCache(cache), runner, line -> {});
      List<BaselineCurve> done = new ArrayList<>();
      int k = w.spec.tasks().size();
      for (int t = 0; t < k && !w.cancelled; t++) {
        w.message = "Single-task baseline of '" + w.spec.tasks().get(t).name() + "' (" + (t + 1) + " of " + k + ")…";
        Baseline b = baselines.obtain(w.spec, t, dir, features);
        if (w.cancelled) {
          return;
        }
        done.add(BaselineCurve.of(b, w.spec.tasks().get(t)));
        w.done = List.copyOf(done);
      }
      w.message = w.cancelled ? "" : "Single-task baselines: " + k + " of " + k + " ready.";
    } catch (InputException e) {
      w.message = "Baselines could not run: " + e.getMessage();
    } catch (RuntimeException e) {
      w.message = "Baselines could not run: " + e;
    }
  }

  /** Ends the worker (the window closes). */
  public void shutdown() {
    cancel();
    worker.shutdownNow();
  }
}

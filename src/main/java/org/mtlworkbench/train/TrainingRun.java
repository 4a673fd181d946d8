package org.mtlworkbench.train;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mtlworkbench.nn.NativeThreads;

/**
 * A run on its own background thread: start it, control it from any thread, poll its progress,
 * and wait for (or be called back with) its outcome.
 */
public final class TrainingRun {
  private final Trainer trainer;
  private final RunControl control;
  private final CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
  private final Thread thread;

  private TrainingRun(TrainingJob job, List<TrainingListener> listeners) {
    this.control = new RunControl();
    this.trainer = new Trainer(job, listeners, control);
    this.thread =
        new Thread(
            () -> {
              try {
                NativeThreads.configure(job.settings().threads());
                outcome.complete(trainer.run());
              } catch (RuntimeException | Error e) {
                outcome.complete(
                    new RunOutcome(RunStatus.FAILED, "training failed: " + e, trainer.progress().step(), 0, null, null));
              }
            },
            "mtl-trainer");
    thread.setDaemon(true);
  }

  /** Starts {@code job} on a new background thread. */
  public static TrainingRun start(TrainingJob job, List<TrainingListener> listeners) {
    TrainingRun run = new TrainingRun(job, listeners);
    run.thread.start();
    return run;
  }

  public RunControl control() {
    return control;
  }

  public Progress progress() {
    return trainer.progress();
  }

  public RunInfo info() {
    return trainer.info();
  }

  /** Completes when the run has ended, however it ended. */
  public CompletableFuture<RunOutcome> outcome() {
    return outcome;
  }
}

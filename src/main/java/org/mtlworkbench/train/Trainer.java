package org.mtlworkbench.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.diagnostics.AffinityProbe;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.nn.ParameterSegment;

/**
 * The training loop. It runs a {@link TrainingJob} to the end (or until stopped or diverged),
 * publishing a {@link StepRecord} per step and an {@link EpochRecord} per epoch to its listeners.
 * It never calls the UI: displays are listeners that store, and poll what they stored.
 *
 * <p>A step is a {@link TrainingStep}. Deterministic for a given job and
 * seed: batch order, initialisation and dropout are all seeded.
 *
 * <p>Every {@code training.affinityEvery} steps (hard sharing only), before the step's update,
 * an {@link AffinityProbe} measures the lookahead task affinities on the step's batch and hands
 * them to the listeners that are {@link AffinityListener}s. The probe restores the parameters
 * exactly and draws no random numbers, so the run is the same with or without it.
 */
public final class Trainer {
  private final TrainingJob job;
  private final List<TrainingListener> listeners;
  private final RunControl control;
  private final Evaluator evaluator;
  private final AffinityProbe affinityProbe;
  private volatile long stepsDone;
  private volatile double rate;

  public Trainer(TrainingJob job, List<TrainingListener> listeners, RunControl control) {
    this.job = job;
    this.listeners = new ArrayList<>(listeners);
    this.control = control;
    this.evaluator = new Evaluator(job.model());
    this.affinityProbe =
        job.settings().affinityEvery() > 0 && AffinityProbe.supports(job.model()) ? new AffinityProbe(job.model()) : null;
  }

  /** Thread-safe progress figure. */
  public Progress progress() {
    long total = job.totalSteps();
    long done = stepsDone;
    double r = rate;
    return new Progress(done, total, r, r > 0 ? (total - done) / r : Double.NaN);
  }

  public RunInfo info() {
    MtlModel m = job.model();
    return new RunInfo(
        m.tasks().stream().map(Task::name).toList(),
        m.sharedSegments().stream().map(ParameterSegment::name).toList(),
        job.totalSteps(),
        job.train().batchesPerEpoch(),
        job.strategy().name(),
        m.sharing().id());
  }

  /** Runs to the end on the calling thread; returns how it ended. */
  public RunOutcome run() {
    long started = System.nanoTime();
    RunOutcome outcome;
    try {
      publish(l -> l.onStart(info()));
      outcome = loop(started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = new RunOutcome(RunStatus.STOPPED, "interrupted", stepsDone, seconds(started), null, null);
    } catch (ListenerException e) {
      outcome = new RunOutcome(RunStatus.FAILED, e.getMessage(), stepsDone, seconds(started), null, null);
    }
    RunOutcome end = outcome;
    try {
      publish(l -> l.onFinish(end));
    } catch (ListenerException e) {
      return new RunOutcome(RunStatus.FAILED, e.getMessage(), end.steps(), end.wallSeconds(), end.validation(), end.test());
    }
    return end;
  }

  private RunOutcome loop(long started) throws InterruptedException {
    MtlModel model = job.model();
    TrainingStep stepper = new TrainingStep(model, job.strategy(), job.optimizer());
    int k = model.tasks().size();
    double[] initialLoss = new double[k];
    Arrays.fill(initialLoss, Double.NaN);
    int every = job.settings().diagnosticsEvery();
    long seed = job.settings().seed();
    long step = 0;
    long rateStep = 0;
    long rateTime = System.nanoTime();
    EpochRecord lastValidation = null;
    for (int epoch = 0; epoch < job.settings().epochs(); epoch++) {
      for (Batch batch : job.train().epochReusingArrays(seed, epoch, true)) {
        if (!control.awaitPermission()) {
          return ended(RunStatus.STOPPED, "stopped by the user at step " + step, started, lastValidation, true);
        }
        double lr = job.schedule().rate(step);
        if (affinityProbe != null && step % job.settings().affinityEvery() == 0) {
          publishAffinity(step, affinityProbe.measure(batch, lr));
        }
        boolean diagnose = every > 0 && step % every == 0;
        TrainingStep.Result result = stepper.run(batch, step, epoch, lr, diagnose);
        if (result.divergence() != null) {
          return diverged(result.divergence(), started, lastValidation);
        }
        double[] losses = result.losses();
        double[] ratios = new double[k];
        for (int t = 0; t < k; t++) {
          if (Double.isNaN(initialLoss[t]) && batch.labelled()[t] > 0 && losses[t] > 0) {
            initialLoss[t] = losses[t];
          }
          ratios[t] = losses[t] / initialLoss[t];
        }
        StepRecord record =
            new StepRecord(step, epoch, lr, losses, result.combination().weights(), ratios, result.gradients(), result.penalty());
        publish(l -> l.onStep(record));
        step++;
        stepsDone = step;
        long now = System.nanoTime();
        if (now - rateTime > 500_000_000L) {
          rate = (step - rateStep) / ((now - rateTime) / 1e9);
          rateStep = step;
          rateTime = now;
        }
      }
      EpochRecord validation = evaluator.evaluate(job.validation(), "validation", step, epoch);
      lastValidation = validation;
      publish(l -> l.onEpoch(validation));
    }
    return ended(RunStatus.FINISHED, "finished " + step + " steps", started, lastValidation, false);
  }

  private RunOutcome ended(RunStatus status, String message, long started, EpochRecord lastValidation, boolean evaluateNow) {
    long perEpoch = Math.max(1, job.train().batchesPerEpoch());
    int epoch = (int) Math.max(0, (stepsDone + perEpoch - 1) / perEpoch - 1);
    EpochRecord validation = lastValidation;
    if (evaluateNow && stepsDone > 0) {
      validation = evaluator.evaluate(job.validation(), "validation", stepsDone, epoch);
      EpochRecord v = validation;
      publish(l -> l.onEpoch(v));
    }
    EpochRecord test = null;
    if (job.test() != null && stepsDone > 0) {
      test = evaluator.evaluate(job.test(), "test", stepsDone, epoch);
      EpochRecord t = test;
      publish(l -> l.onEpoch(t));
    }
    return new RunOutcome(status, message, stepsDone, seconds(started), validation, test);
  }

  private RunOutcome diverged(String message, long started, EpochRecord lastValidation) {
    return new RunOutcome(RunStatus.DIVERGED, message, stepsDone, seconds(started), lastValidation, null);
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private void publishAffinity(long step, double[][] affinity) {
    publish(l -> {
      if (l instanceof AffinityListener a) {
        a.onAffinity(step, affinity);
      }
    });
  }

  private void publish(java.util.function.Consumer<TrainingListener> event) {
    for (TrainingListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        throw new ListenerException(
            "a listener failed (" + l.getClass().getSimpleName() + "): " + e.getMessage(), e);
      }
    }
  }

  /** A listener threw: the run cannot record what it learns, so it stops. */
  private static final class ListenerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ListenerException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

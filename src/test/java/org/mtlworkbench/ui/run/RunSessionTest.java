package org.mtlworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.RunStatus;

/** A real (tiny) training run driven through the ViewModel, the way the window drives it. */
class RunSessionTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final Executor NEW_THREAD = task -> new Thread(task, "test-preparer").start();
  private final RunSession session = new RunSession(NEW_THREAD);

  @AfterEach
  void stopWhateverRuns() {
    session.stop();
  }

  private void awaitState(RunState wanted) {
    Await.until(LIMIT, "state " + wanted, () -> {
      session.poll();
      return session.state() == wanted;
    });
  }

  private long step() {
    session.poll();
    return session.progressProperty().get().step();
  }

  @Test
  void aRunGoesFromPreparingToRunningAndItsStepsReachTheLog() {
    assertThat(session.start(TinyExperiments.correlatedHigh(400), TinyExperiments.HIGH_DIR)).isTrue();
    assertThat(session.state()).isEqualTo(RunState.PREPARING);
    assertThat(session.start(TinyExperiments.correlatedHigh(1), TinyExperiments.HIGH_DIR))
        .as("a second run while one is active").isFalse();

    awaitState(RunState.RUNNING);
    Await.until(LIMIT, "steps in the log", () -> {
      session.poll();
      return session.logProperty().get() != null && session.logProperty().get().size() > 10;
    });
    assertThat(session.logProperty().get().taskNames()).containsExactly("y1", "y2");
    assertThat(session.progressProperty().get().totalSteps()).isEqualTo(400L * 100);
  }

  @Test
  void pauseHoldsTheStepCounterStepAdvancesItByOneAndStopEndsTheRun() throws Exception {
    session.start(TinyExperiments.correlatedHigh(400), TinyExperiments.HIGH_DIR);
    awaitState(RunState.RUNNING);
    Await.until(LIMIT, "a few steps", () -> step() > 5);

    session.pause();
    assertThat(session.state()).isEqualTo(RunState.PAUSED);
    // The step in flight when Pause was pressed may still complete; after that nothing moves.
    long[] last = {step()};
    Await.until(LIMIT, "the counter to settle", () -> {
      long now = step();
      boolean settled = now == last[0];
      last[0] = now;
      return settled && sleepQuietly(50);
    });
    long paused = step();
    Thread.sleep(300); // an interval in which a running trainer makes dozens of steps
    assertThat(step()).isEqualTo(paused);

    assertThat(session.messageProperty().get()).isEqualTo("Paused at step " + Numbers.count(paused) + ".");
    session.stepOnce();
    Await.until(LIMIT, "one single step", () -> step() == paused + 1);
    Thread.sleep(200);
    assertThat(step()).isEqualTo(paused + 1);
    assertThat(session.messageProperty().get()).isEqualTo("Paused at step " + Numbers.count(paused + 1) + ".");

    session.resume();
    Await.until(LIMIT, "steps after resuming", () -> step() > paused + 5);

    session.stop();
    awaitState(RunState.ENDED);
    assertThat(session.endedWith(RunStatus.STOPPED)).isTrue();
    assertThat(session.messageProperty().get()).startsWith("Stopped after ");
  }

  @Test
  void aPausedRunSaysPausedAndShowsNoRateOrEtaThatKeepsTicking() throws Exception {
    session.start(TinyExperiments.correlatedHigh(400), TinyExperiments.HIGH_DIR);
    awaitState(RunState.RUNNING);
    Await.until(LIMIT, "a rate", () -> {
      session.poll();
      return session.progressProperty().get() != null && session.progressProperty().get().stepsPerSecond() > 0;
    });

    session.pause();
    Thread.sleep(300);
    session.poll();
    assertThat(session.messageProperty().get()).startsWith("Paused at step ");
    assertThat(session.progressProperty().get().stepsPerSecond()).isZero();
    assertThat(session.progressProperty().get().etaSeconds()).isNaN();
    assertThat(Durations.progress(session.progressProperty().get())).doesNotContain("ETA").doesNotContain("steps/s");

    session.resume();
    session.poll();
    assertThat(session.messageProperty().get()).isEqualTo("Training…");
    Await.until(LIMIT, "a rate again", () -> {
      session.poll();
      return session.progressProperty().get().stepsPerSecond() > 0;
    });
  }

  @Test
  void aRunThatFinishesSaysSoWithItsStepCount() {
    session.start(TinyExperiments.correlatedHigh(1), TinyExperiments.HIGH_DIR);
    awaitState(RunState.ENDED);
    assertThat(session.endedWith(RunStatus.FINISHED)).isTrue();
    assertThat(session.messageProperty().get()).startsWith("Finished: 100 steps in ");
    assertThat(session.logProperty().get().size()).isEqualTo(100);
    assertThat(session.logProperty().get().evaluations()).isNotEmpty();
  }

  @Test
  void anExperimentThatCannotBePreparedEndsWithTheInputErrorInOneLine() {
    ExperimentSpec broken = TinyExperiments.correlatedHigh(1);
    broken = new ExperimentSpec(broken.schemaVersion(), broken.name(), DataSpec.ofCsv("missing.csv"), broken.tasks(),
        broken.model(), broken.optimizer(), broken.training(), broken.strategy());

    session.start(broken, TinyExperiments.HIGH_DIR);
    awaitState(RunState.ENDED);

    assertThat(session.messageProperty().get()).startsWith("Could not start: missing.csv: no such file").doesNotContain("\n");
  }

  @Test
  void stopWhilePreparingKeepsTheRunFromEverStarting() {
    List<Runnable> held = new ArrayList<>();
    RunSession held1 = new RunSession(held::add);
    held1.start(TinyExperiments.correlatedHigh(400), TinyExperiments.HIGH_DIR);

    held1.stop();
    assertThat(held1.state()).isEqualTo(RunState.ENDED);
    held.get(0).run(); // preparation completes after the stop
    held1.poll();

    assertThat(held1.logProperty().get()).isNull();
    assertThat(held1.messageProperty().get()).isEqualTo("Stopped before training began.");
  }

  private static boolean sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}

package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.ui.canvas.ModelPaneView;
import org.mtlworkbench.ui.run.RunState;

/** Run, Pause, Step and Stop pressed in the real window, on a real (small) training run. */
class RunControlsTest {
  private static final long RUN_TIMEOUT = 90;
  private RunningWorkbench workbench;

  @BeforeEach
  void startALongRun() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
    // batches of 64: 100 steps an epoch on the sample's 6,400 training rows, whatever its own batch size
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(400, 64, t.seed(), t.diagnosticsEvery(), t.threads())));
  }

  @AfterEach
  void stop() throws Exception {
    workbench.robot.interact(() -> workbench.controller().session().stop());
    workbench.close();
  }

  private long step() throws Exception {
    return RunningWorkbench.onFx(() -> {
      var p = workbench.controller().session().progressProperty().get();
      return p == null ? -1 : p.step();
    });
  }

  private String progressText() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.<Label>node("runProgress").getText());
  }

  @Test
  void whileTrainingTheModelIsLockedAndTheControlsSaySo() throws Exception {
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(RUN_TIMEOUT, () -> workbench.controller().session().state() == RunState.RUNNING);

    assertThat(RunningWorkbench.onFx(() -> workbench.node("lockBanner").isVisible())).isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.<Label>node("lockBanner").getText())).isEqualTo(ModelPaneView.LOCKED_TEXT);
    assertThat(RunningWorkbench.onFx(() -> workbench.<Button>node("runButton").isDisabled())).isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.node("sharingSoft").isDisabled())).isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.node("remove-y1").isDisabled())).isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().setSharing(Sharing.SOFT))).isFalse();

    workbench.awaitFx(RUN_TIMEOUT, () -> workbench.<Label>node("runProgress").getText().contains("steps/s"));
    assertThat(progressText()).matches("step [\\d,]+ / 40,000 · [\\d,]+ steps/s · ETA [\\d:]+");
  }

  @Test
  void pauseHoldsTheStepCounterStepAddsOneAndStopEndsTheRun() throws Exception {
    workbench.robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    workbench.awaitFx(RUN_TIMEOUT, () -> {
      var p = workbench.controller().session().progressProperty().get();
      return p != null && p.step() > 20;
    });

    workbench.robot.clickOn("#pauseButton");
    workbench.awaitFx(10, () -> workbench.<Button>node("pauseButton").getText().contains("Resume"));
    // The step under way when Pause was pressed may still finish; then the counter holds.
    long[] seen = {step()};
    org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
      Thread.sleep(100);
      long now = step();
      boolean held = now == seen[0];
      seen[0] = now;
      return held;
    });
    long paused = step();
    Thread.sleep(400); // time in which a running trainer makes dozens of steps
    assertThat(step()).isEqualTo(paused);
    assertThat(progressText()).startsWith(String.format(java.util.Locale.ROOT, "step %,d /", paused));

    workbench.robot.clickOn("#stepButton");
    workbench.awaitFx(10, () -> workbench.controller().session().progressProperty().get().step() == paused + 1);

    workbench.robot.type(KeyCode.SPACE); // resume
    workbench.awaitFx(10, () -> workbench.controller().session().progressProperty().get().step() > paused + 5);

    workbench.robot.type(KeyCode.ESCAPE);
    workbench.awaitFx(RUN_TIMEOUT, () -> workbench.controller().session().state() == RunState.ENDED);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().session().endedWith(RunStatus.STOPPED))).isTrue();
    assertThat(workbench.statusMessage()).startsWith("Stopped after ");
    assertThat(RunningWorkbench.onFx(() -> workbench.node("lockBanner").isVisible())).isFalse();
    assertThat(RunningWorkbench.onFx(() -> workbench.<Button>node("runButton").isDisabled())).isFalse();
  }
}

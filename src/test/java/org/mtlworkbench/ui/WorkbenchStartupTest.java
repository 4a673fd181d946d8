package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * Startup with a stand-in engine whose timing and outcome the test controls: the window must be on
 * screen and usable before the engine is ready, and a failing engine must be reported, not hidden.
 */
class WorkbenchStartupTest {
  private final WorkbenchPreferences preferences =
      new WorkbenchPreferences(new InMemoryPreferences());

  @Test
  void windowIsShownWhileTheEngineIsStillStartingThenReadsReady() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    try (RunningWorkbench workbench =
        RunningWorkbench.start(
            preferences,
            () -> {
              entered.countDown();
              if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the engine");
              }
              return "stand-in engine";
            })) {
      assertThat(entered.await(10, TimeUnit.SECONDS)).as("engine start ran").isTrue();
      assertThat(RunningWorkbench.onFx(workbench.stage::isShowing)).isTrue();
      assertThat(workbench.statusMessage()).isEqualTo("Starting the numerics engine…");
      assertThat(RunningWorkbench.onFx(() -> workbench.node("statusProgress").isVisible())).isTrue();

      release.countDown();
      workbench.awaitStatus("Ready", 10);
      assertThat(RunningWorkbench.onFx(() -> workbench.<Label>node("engineInfo").getText()))
          .isEqualTo("stand-in engine");
      assertThat(RunningWorkbench.onFx(() -> workbench.node("statusProgress").isVisible())).isFalse();
    }
  }

  @Test
  void engineThatFailsIsReportedOnTheStatusBarInOneLine() throws Exception {
    try (RunningWorkbench workbench =
        RunningWorkbench.start(
            preferences,
            () -> {
              throw new UnsatisfiedLinkError("no jnind4jcpu in java.library.path\n\tat somewhere");
            })) {
      String expected =
          "The numerics engine failed to start: no jnind4jcpu in java.library.path";
      workbench.awaitStatus(expected, 10);
      Label message = workbench.node("statusMessage");
      assertThat(RunningWorkbench.onFx(() -> message.getStyleClass()))
          .contains(StatusBar.ERROR_STYLE);
      // Cut with an ellipsis when the window is narrow; the tooltip keeps it whole.
      assertThat(RunningWorkbench.onFx(() -> message.getTooltip().getText())).isEqualTo(expected);
      assertThat(RunningWorkbench.onFx(() -> workbench.node("statusProgress").isVisible())).isFalse();
    }
  }

  @Test
  void failureWithoutAMessageIsNamedByItsType() throws Exception {
    try (RunningWorkbench workbench =
        RunningWorkbench.start(
            preferences,
            () -> {
              throw new OutOfMemoryError();
            })) {
      workbench.awaitStatus("The numerics engine failed to start: OutOfMemoryError", 10);
    }
  }
}

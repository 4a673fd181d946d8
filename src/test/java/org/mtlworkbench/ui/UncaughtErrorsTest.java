package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A failure of the window's own code is shown as one sentence with "Copy details", never only printed. */
class UncaughtErrorsTest {
  private RunningWorkbench workbench;

  @BeforeEach
  void start() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
    assertThat(workbench.robot.lookup("#" + UncaughtErrors.DIALOG_ID).tryQuery()).as("closed with the app").isEmpty();
  }

  @Test
  void anExceptionInAnFxHandlerShowsOneSentenceAndCopiesTheDetails() throws Exception {
    Platform.runLater(() -> {
      throw new IllegalArgumentException("A positive range length is required: Range[0.0,0.0]");
    });
    workbench.awaitNode(UncaughtErrors.DIALOG_ID, 10);

    DialogPane pane = workbench.node(UncaughtErrors.DIALOG_ID);
    String header = RunningWorkbench.onFx(pane::getHeaderText);
    assertThat(header).isEqualTo("The last action failed with an unexpected error (IllegalArgumentException: A positive"
        + " range length is required: Range[0.0,0.0]); saved experiments and recorded runs are not affected.");
    assertThat(header.lines()).hasSize(1);

    workbench.robot.clickOn("#copyErrorDetails");
    WaitForAsyncUtils.waitForFxEvents();
    String copied = RunningWorkbench.onFx(() -> Clipboard.getSystemClipboard().getString());
    assertThat(copied).startsWith("MTL Workbench ").contains("1 uncaught exception(s) on the JavaFX thread:")
        .contains("java.lang.IllegalArgumentException: A positive range length is required")
        .contains("at org.mtlworkbench.ui.UncaughtErrorsTest");
    assertThat(workbench.robot.lookup("#" + UncaughtErrors.DIALOG_ID).tryQuery()).isPresent(); // still open

    // the handler passed it on (to the log, and here to the test's recorder)
    assertThat(FxThreadExceptions.take()).extracting(Throwable::getMessage)
        .containsExactly("A positive range length is required: Range[0.0,0.0]");
  }

  @Test
  void aBurstOfFailuresSharesOneDialogThatCountsThem() throws Exception {
    for (int i = 0; i < 3; i++) {
      int n = i;
      Platform.runLater(() -> {
        throw new IllegalStateException("failure " + n);
      });
    }
    workbench.awaitNode(UncaughtErrors.DIALOG_ID, 10);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(workbench.robot.lookup("#" + UncaughtErrors.DIALOG_ID).queryAll()).hasSize(1);
    DialogPane pane = workbench.node(UncaughtErrors.DIALOG_ID);
    assertThat(RunningWorkbench.onFx(pane::getHeaderText)).contains("(IllegalStateException: failure 0)")
        .endsWith("(3 errors so far)");
    assertThat(FxThreadExceptions.take()).hasSize(3);
  }

  @Test
  void theSentenceNamesTheCauseWhenTheWrapperSaysNothing() {
    String s = UncaughtErrors.sentence(new RuntimeException(null, new ArithmeticException("/ by zero")));
    assertThat(s).contains("(ArithmeticException: / by zero)");
    assertThat(UncaughtErrors.sentence(new NullPointerException())).contains("(NullPointerException)");
    assertThat(UncaughtErrors.details(List.of(new IllegalStateException("a")), 7))
        .contains("7 uncaught exception(s) on the JavaFX thread; the first 1:");
  }
}

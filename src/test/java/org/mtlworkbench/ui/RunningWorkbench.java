package org.mtlworkbench.ui;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A {@link WorkbenchApp} started on TestFX's primary stage with settings and an engine chosen by
 * the test; closing it stops the app and hides its windows.
 */
final class RunningWorkbench implements AutoCloseable {
  /** Generous: the first ND4J start on a cold machine unpacks its native libraries. */
  static final long ENGINE_TIMEOUT_SECONDS = 90;

  final FxRobot robot = new FxRobot();
  final Stage stage;
  private final Application app;

  private RunningWorkbench(Stage stage, Application app) {
    this.stage = stage;
    this.app = app;
  }

  static RunningWorkbench start(WorkbenchPreferences preferences, Callable<String> engineStart)
      throws TimeoutException {
    Stage stage = FxToolkit.registerPrimaryStage();
    Application app = FxToolkit.setupApplication(() -> new WorkbenchApp(preferences, engineStart));
    return new RunningWorkbench(stage, app);
  }

  /** The node with id {@code id} in the workbench window. */
  <T extends Node> T node(String id) {
    return robot.lookup("#" + id).query();
  }

  /** The status bar's message, read on the FX thread. */
  String statusMessage() throws Exception {
    return onFx(() -> this.<Label>node("statusMessage").getText());
  }

  /** Waits, at most {@code seconds}, until the status bar's message is {@code expected}. */
  void awaitStatus(String expected, long seconds) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, SECONDS, () -> expected.equals(statusMessage()));
  }

  static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  @Override
  public void close() throws TimeoutException {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
  }
}

package org.mtlworkbench.ui;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.mtlworkbench.store.Workspace;
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
  private Path temporary;

  private RunningWorkbench(Stage stage, Application app) {
    this.stage = stage;
    this.app = app;
  }

  /** Runs are recorded in a fresh temporary workspace, never the user's. */
  static RunningWorkbench start(WorkbenchPreferences preferences, Callable<String> engineStart)
      throws TimeoutException {
    try {
      Path workspace = Files.createTempDirectory("mtl-workspace");
      RunningWorkbench w = start(preferences, engineStart, new Workspace(workspace));
      w.temporary = workspace;
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RunningWorkbench start(WorkbenchPreferences preferences, Callable<String> engineStart, Workspace workspace)
      throws TimeoutException {
    Stage stage = FxToolkit.registerPrimaryStage();
    Application app = FxToolkit.setupApplication(() -> new WorkbenchApp(preferences, engineStart, workspace));
    return new RunningWorkbench(stage, app);
  }

  /** The running app. */
  WorkbenchApp app() {
    return (WorkbenchApp) app;
  }

  /** The running app's commands and ViewModels. */
  WorkbenchController controller() {
    return ((WorkbenchApp) app).controller();
  }

  /** Waits until the experiment on screen has its dataset read (the palette is filled) and the window settled. */
  void awaitDataset(long seconds) throws TimeoutException {
    awaitFx(seconds, () -> controller().editor().datasetProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits, at most {@code seconds}, until a node with id {@code id} is in the window. */
  void awaitNode(String id, long seconds) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
  }

  /** Waits, at most {@code seconds}, until {@code condition} (read on the FX thread) holds. */
  void awaitFx(long seconds, Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, SECONDS, () -> onFx(condition));
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
    if (temporary != null) {
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind costs nothing
    }
  }
}

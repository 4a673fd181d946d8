package org.mtlworkbench.ui;

import java.util.concurrent.Callable;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the numerics engine on a background thread and reports on the status bar: first that it
 * is starting, then {@value #READY}, or the reason it failed (the full trace goes to the log).
 */
final class EngineStartup {
  static final String STARTING = "Starting the numerics engine…";
  static final String READY = "Ready";
  static final String FAILED = "The numerics engine failed to start: ";

  private static final Logger LOG = LoggerFactory.getLogger(EngineStartup.class);

  private EngineStartup() {}

  /**
   * Must be called on the FX application thread; returns at once.
   *
   * @param start the work that starts the engine, returning a description of it
   */
  static Task<String> begin(StatusBar statusBar, Callable<String> start) {
    Task<String> task =
        new Task<>() {
          @Override
          protected String call() throws Exception {
            return start.call();
          }
        };
    statusBar.showBusy(STARTING);
    task.setOnSucceeded(
        event -> {
          statusBar.showMessage(READY);
          statusBar.showEngine(task.getValue());
        });
    task.setOnFailed(
        event -> {
          Throwable cause = task.getException();
          LOG.error("The numerics engine failed to start", cause);
          statusBar.showError(FAILED + reason(cause));
        });
    Thread thread = new Thread(task, "numerics-engine-start");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The first line of the cause's message, or its type when it has none. */
  static String reason(Throwable cause) {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}

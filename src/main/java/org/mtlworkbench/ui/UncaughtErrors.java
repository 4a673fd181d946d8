package org.mtlworkbench.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.mtlworkbench.common.Versions;

/**
 * What the user sees when the window's own code fails: an exception that escapes an event
 * handler, a listener or a layout pass on the JavaFX thread. JavaFX would only print it and go on,
 * leaving the user with a window that silently did not do what was asked. Instead it is shown as
 * one sentence in a dialog with a <b>Copy details</b> button (the stack traces and versions, for a
 * bug report), and still handed on to the thread's previous handler, which logs it.
 *
 * <p>Several failures in a row (a broken layout fails on every pulse) share one dialog, which
 * counts them; the details keep the first few in full.
 */
final class UncaughtErrors {
  static final String DIALOG_ID = "uncaughtErrorDialog";
  static final String COPY = "Copy details";
  static final int KEPT_IN_DETAILS = 5;
  private static final int MESSAGE_LIMIT = 160;

  private final Supplier<Window> owner;
  private final List<Throwable> shown = new ArrayList<>();
  private int count;
  private Alert dialog;

  private UncaughtErrors(Supplier<Window> owner) {
    this.owner = owner;
  }

  /**
   * Installs the handler on the JavaFX thread; call on that thread.
   *
   * @param owner the window the dialog belongs to, asked when one is shown
   * @return puts the previous handler back and closes the dialog if it is up (when the
   *     application stops)
   */
  static Runnable install(Supplier<Window> owner) {
    Thread fx = Thread.currentThread();
    Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler(); // the thread group when none is set
    Thread.UncaughtExceptionHandler own = previous == fx.getThreadGroup() ? null : previous;
    UncaughtErrors errors = new UncaughtErrors(owner);
    fx.setUncaughtExceptionHandler((thread, error) -> {
      try {
        errors.report(error);
      } finally {
        previous.uncaughtException(thread, error);
      }
    });
    return () -> {
      fx.setUncaughtExceptionHandler(own);
      if (errors.dialog != null) {
        errors.dialog.close();
      }
    };
  }

  /**
   * The failure in one sentence: "The last action failed with an unexpected error
   * (IllegalArgumentException: …); saved experiments and recorded runs are not affected."
   */
  static String sentence(Throwable error) {
    Throwable shownCause = error;
    while (blank(shownCause.getMessage()) && shownCause.getCause() != null) {
      shownCause = shownCause.getCause();
    }
    String what = shownCause.getClass().getSimpleName();
    String message = shownCause.getMessage();
    if (!blank(message)) {
      String line = message.strip().lines().findFirst().orElse("");
      what += ": " + (line.length() > MESSAGE_LIMIT ? line.substring(0, MESSAGE_LIMIT - 1) + "…" : line);
    }
    return "The last action failed with an unexpected error (" + what
        + "); saved experiments and recorded runs are not affected.";
  }

  /** What "Copy details" puts on the clipboard: the version, then each failure's stack trace. */
  static String details(List<Throwable> errors, int count) {
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    w.println("MTL Workbench " + Versions.app() + ", Java " + System.getProperty("java.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    w.println(count + " uncaught exception(s) on the JavaFX thread" + (count > errors.size() ? "; the first "
        + errors.size() + ":" : ":"));
    for (Throwable t : errors) {
      w.println();
      t.printStackTrace(w);
    }
    w.flush();
    return out.toString();
  }

  private void report(Throwable error) {
    count++;
    if (shown.size() < KEPT_IN_DETAILS) {
      shown.add(error);
    }
    if (dialog != null) {
      dialog.setHeaderText(sentence(shown.get(0)) + (count > 1 ? " (" + count + " errors so far)" : ""));
      return;
    }
    // Shown after the failing handler has returned, never inside a layout pass.
    Platform.runLater(this::show);
    dialog = new Alert(Alert.AlertType.ERROR);
    dialog.setHeaderText(sentence(error));
  }

  private void show() {
    Alert d = dialog;
    if (d == null) {
      return;
    }
    d.setTitle("Unexpected error");
    d.getDialogPane().setId(DIALOG_ID);
    d.setContentText(null);
    Window parent = owner.get();
    if (parent != null && parent.isShowing()) {
      d.initOwner(parent);
      if (parent.getScene() != null) {
        d.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
      }
    }
    ButtonType copy = new ButtonType(COPY, ButtonBar.ButtonData.LEFT);
    d.getButtonTypes().setAll(copy, ButtonType.CLOSE);
    Button copyButton = (Button) d.getDialogPane().lookupButton(copy);
    copyButton.setId("copyErrorDetails");
    copyButton.addEventFilter(ActionEvent.ACTION, e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(details(shown, count));
      javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
      copyButton.setText("Copied");
      e.consume(); // the dialog stays open
    });
    d.setOnHidden(e -> {
      dialog = null;
      shown.clear();
      count = 0;
    });
    d.show();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

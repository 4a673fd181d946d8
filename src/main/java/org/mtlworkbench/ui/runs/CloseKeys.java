package org.mtlworkbench.ui.runs;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Esc or Ctrl+W (Cmd+W on a Mac) closes a secondary window (Runs, Compare), as in most desktop
 * apps. A handler, not a filter: a control that uses Esc itself (an open drop-down list, a cell
 * being edited) consumes it first and the window stays.
 */
public final class CloseKeys {
  private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

  private CloseKeys() {}

  public static void install(Stage stage) {
    stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() || CLOSE.match(e)) {
        e.consume();
        stage.close();
      }
    });
  }
}

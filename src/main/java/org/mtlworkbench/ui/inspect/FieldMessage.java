package org.mtlworkbench.ui.inspect;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * An inspector editor with the one line that says why its value was not taken, right under it
 * (id {@code inspect-<row>-error}): the control is marked with the style class {@code field-error}
 * while the line shows. The line goes when a value is taken or the row shows another value (an
 * undo); a row rebuilt for another selection starts without one, so a message never follows the
 * user to another part of the model.
 */
final class FieldMessage {
  static final String ERROR_STYLE = "field-error";

  private final Node control;
  private final Label line = new Label();
  private final VBox box;

  FieldMessage(Node control, String rowId) {
    this.control = control;
    line.setId(rowId + "-error");
    line.getStyleClass().add("field-message");
    line.setWrapText(true);
    line.setMaxWidth(Double.MAX_VALUE);
    line.managedProperty().bind(line.visibleProperty());
    line.setVisible(false);
    box = new VBox(2, control, line);
  }

  /** The control with its message line, for the property sheet. */
  Node node() {
    return box;
  }

  void show(String message) {
    if (message == null || message.isBlank()) {
      clear();
      return;
    }
    line.setText(message);
    line.setVisible(true);
    if (!control.getStyleClass().contains(ERROR_STYLE)) {
      control.getStyleClass().add(ERROR_STYLE);
    }
  }

  void clear() {
    line.setText("");
    line.setVisible(false);
    control.getStyleClass().remove(ERROR_STYLE);
  }

  boolean showing() {
    return line.isVisible();
  }
}

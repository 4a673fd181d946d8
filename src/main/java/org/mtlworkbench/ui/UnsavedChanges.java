package org.mtlworkbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks what to do with unsaved edits before the experiment on screen is replaced (another sample
 * or file, an import, a new experiment) or the window closes: <b>Save</b>, <b>Discard</b> or
 * <b>Cancel</b>, which leaves everything — edits and undo history — as it was.
 */
final class UnsavedChanges {
  static final String DIALOG_ID = "unsavedChangesDialog";

  /** The user's answer. */
  enum Choice { SAVE, DISCARD, CANCEL }

  /** Asks the question; a test or a headless use may answer otherwise. */
  @FunctionalInterface
  interface Prompt {
    Choice ask(String experimentName);
  }

  private UnsavedChanges() {}

  /** The dialog, owned by {@code owner}, styled like it. */
  static Prompt dialog(Window owner) {
    return name -> {
      ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
      ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
      Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits since the last save are lost if you discard them.",
          save, discard, ButtonType.CANCEL);
      alert.setTitle("Unsaved changes");
      alert.setHeaderText("Save the changes to \u201c" + name + "\u201d first?");
      alert.getDialogPane().setId(DIALOG_ID);
      alert.getDialogPane().lookupButton(save).setId("saveChangesButton");
      alert.getDialogPane().lookupButton(discard).setId("discardChangesButton");
      alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelChangesButton");
      if (owner != null && owner.isShowing()) {
        alert.initOwner(owner);
        if (owner.getScene() != null) {
          alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
      }
      ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
      return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
    };
  }
}

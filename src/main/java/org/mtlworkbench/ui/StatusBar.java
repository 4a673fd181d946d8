package org.mtlworkbench.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip along the bottom of the window: one message on the left (what the workbench is doing
 * or what went wrong), a progress bar while something long runs, and facts about the numerics
 * engine on the right.
 */
final class StatusBar extends HBox {
  private static final long RUN_TEXT_INTERVAL_NANOS = 200_000_000L;
  private long runShownAt;
  static final String ERROR_STYLE = "status-error";

  private final Label message = new Label();
  private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
  private final Label engine = new Label();
  private final ProgressBar runProgress = new ProgressBar(0);
  private final Label runText = new Label();
  private final Tooltip tooltip = new Tooltip();

  StatusBar() {
    setId("statusBar");
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);
    message.setId("statusMessage");
    // A long message is cut with an ellipsis rather than pushing the engine facts out of sight;
    // the tooltip holds it whole.
    message.setMinWidth(0);
    message.setTooltip(tooltip);
    progress.setId("statusProgress");
    progress.setPrefWidth(120);
    progress.managedProperty().bind(progress.visibleProperty());
    progress.setVisible(false);
    engine.setId("engineInfo");
    engine.getStyleClass().add("status-detail");
    engine.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    runProgress.setId("runProgressBar");
    runProgress.setPrefWidth(160);
    runText.setId("runProgress");
    runText.setMinWidth(Region.USE_PREF_SIZE);
    for (var n : new javafx.scene.Node[] {runProgress, runText}) {
      n.managedProperty().bind(n.visibleProperty());
      n.setVisible(false);
    }
    getChildren().addAll(message, progress, spacer, runProgress, runText, engine);
  }

  /** Shows {@code text} with a running progress bar. */
  void showBusy(String text) {
    show(text, false);
    progress.setVisible(true);
  }

  void showMessage(String text) {
    show(text, false);
  }

  void showError(String text) {
    show(text, true);
  }

  /** Takes {@code text} off the bar if it is the error shown now (anything shown since stays). */
  void clearError(String text) {
    if (message.getStyleClass().contains(ERROR_STYLE) && message.getText().equals(text)) {
      show("", false);
    }
  }

  /**
   * Shows how far the run is, at most {@value #RUN_TEXT_INTERVAL_NANOS} ns apart (and always at
   * the last step): a step counter that changes 60 times a second is unreadable, and every change
   * costs a layout and a repaint that the trainer would pay for on a two-core machine.
   */
  void showRun(org.mtlworkbench.train.Progress p) {
    long now = System.nanoTime();
    if (now - runShownAt < RUN_TEXT_INTERVAL_NANOS && p.fraction() < 1 && runText.isVisible()) {
      return;
    }
    runShownAt = now;
    runProgress.setVisible(true);
    runText.setVisible(true);
    runProgress.setProgress(p.fraction());
    runText.setText(org.mtlworkbench.ui.run.Durations.progress(p));
  }

  void showEngine(String description) {
    engine.setText(description);
  }

  private void show(String text, boolean error) {
    progress.setVisible(false);
    message.setText(text);
    tooltip.setText(text);
    message.getStyleClass().remove(ERROR_STYLE);
    if (error) {
      message.getStyleClass().add(ERROR_STYLE);
    }
  }
}

package org.mtlworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.run.RunSession;
import org.mtlworkbench.ui.run.RunState;

/** Run, Pause/Resume, Step and Stop, each enabled only when it can act. */
final class RunControls extends HBox {
  /** The editor's problems (one read-only view the editor keeps, so listeners on it live as long as it). */
  private final javafx.collections.ObservableList<String> problems;

  RunControls(WorkbenchController controller) {
    super(4);
    setId("runControls");
    setAlignment(Pos.CENTER_LEFT);
    RunSession session = controller.session();
    ExperimentEditor editor = controller.editor();
    var state = session.stateProperty();
    problems = editor.problems();

    Button run = button("runButton", "▶  Run", "Train the model (Ctrl+R)");
    run.getStyleClass().add("run-button");
    run.disableProperty().bind(Bindings.createBooleanBinding(
        () -> state.get().isActive() || !problems.isEmpty(), state, problems));
    Tooltip runTip = run.getTooltip();
    problems.addListener((javafx.collections.ListChangeListener<String>) c ->
        runTip.setText(problems.isEmpty() ? "Train the model (Ctrl+R)" : problems.get(0)));
    run.setOnAction(e -> controller.run());

    Button pause = button("pauseButton", "❚❚  Pause", "Pause or resume (Space)");
    pause.textProperty().bind(Bindings.when(state.isEqualTo(RunState.PAUSED)).then("▶  Resume").otherwise("❚❚  Pause"));
    pause.disableProperty().bind(state.isNotEqualTo(RunState.RUNNING).and(state.isNotEqualTo(RunState.PAUSED)));
    pause.setOnAction(e -> session.togglePause());

    Button step = button("stepButton", "Step", "One training step while paused");
    step.disableProperty().bind(state.isNotEqualTo(RunState.PAUSED));
    step.setOnAction(e -> session.stepOnce());

    Button stop = button("stopButton", "■  Stop", "Stop the run (Esc)");
    stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !state.get().isActive(), state));
    stop.setOnAction(e -> session.stop());

    getChildren().addAll(run, pause, step, stop);
    addBaselineToggle(controller.baselines().enabledProperty());
  }

  /**
   * Adds the "Baselines" switch: after a finished run, train each task alone (or take it from the
   * baseline cache) to see negative transfer in the dashboard.
   */
  private void addBaselineToggle(BooleanProperty enabled) {
    CheckBox box = new CheckBox("Baselines");
    box.setId("baselinesToggle");
    box.setTooltip(new Tooltip("After a run finishes, train each task alone with the same data, model and seed "
        + "(kept in a cache) and compare: dotted baseline losses, and baseline, Δ and verdict in the Tasks table"));
    box.setFocusTraversable(false);
    box.selectedProperty().bindBidirectional(enabled);
    getChildren().add(box);
  }

  private static Button button(String id, String text, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    return b;
  }
}

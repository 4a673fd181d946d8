package org.mtlworkbench.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mtlworkbench.ui.canvas.ModelPaneView;
import org.mtlworkbench.ui.canvas.TaskPaletteView;
import org.mtlworkbench.ui.inspect.InspectorView;

/**
 * The main window's layout: menus and the tool bar on top, the task palette on the left, the
 * model and its inspector in the middle, the training dashboard on the right, the status bar at
 * the bottom.
 */
final class WorkbenchView extends BorderPane {
  static final double TASKS_WIDTH = 250;
  static final double DASHBOARD_WIDTH = 640;

  private final StatusBar statusBar;

  WorkbenchView(WorkbenchMenuBar menuBar, WorkbenchController controller, StatusBar statusBar,
      List<SampleCatalog.Sample> samples, Runnable importCsv, Node dashboard, Runnable showRuns) {
    this.statusBar = statusBar;
    setId("workbench");

    TaskPaletteView tasks = new TaskPaletteView(controller.editor());
    tasks.setPrefWidth(TASKS_WIDTH);
    tasks.setMinWidth(200);
    ModelPaneView model = new ModelPaneView(controller.editor(), new InspectorView(controller.editor()));
    model.setMinWidth(380);
    if (dashboard instanceof Region r) {
      r.setPrefWidth(DASHBOARD_WIDTH);
      r.setMinWidth(320);
    }

    setTop(new VBox(menuBar, toolBar(controller, samples, importCsv, showRuns)));
    setLeft(tasks);
    setCenter(model);
    setRight(dashboard);
    setBottom(statusBar);
  }

  private static HBox toolBar(WorkbenchController controller, List<SampleCatalog.Sample> samples, Runnable importCsv,
      Runnable showRuns) {
    Label experiment = new Label("Experiment");
    experiment.getStyleClass().add("muted-label");
    Button importButton = new Button("Import CSV…");
    importButton.setId("importButton");
    importButton.setTooltip(new Tooltip("Import a CSV file with feature and target columns (Ctrl+I)"));
    importButton.disableProperty().bind(controller.editor().lockedProperty());
    importButton.setOnAction(e -> importCsv.run());

    Button undo = new Button("↶");
    undo.setId("undoButton");
    undo.setTooltip(new Tooltip("Undo the last model edit (Ctrl+Z)"));
    undo.disableProperty().bind(controller.editor().canUndoProperty().not().or(controller.editor().lockedProperty()));
    undo.setOnAction(e -> controller.editor().undo());
    Button redo = new Button("↷");
    redo.setId("redoButton");
    redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z)"));
    redo.disableProperty().bind(controller.editor().canRedoProperty().not().or(controller.editor().lockedProperty()));
    redo.setOnAction(e -> controller.editor().redo());
    for (Button b : new Button[] {undo, redo}) {
      b.getStyleClass().add("icon-button");
      b.setFocusTraversable(false);
    }

    Button runs = new Button("Runs…");
    runs.setId("runsButton");
    runs.setTooltip(new Tooltip("Every recorded run: open, compare, export, delete (Ctrl+Shift+R)"));
    runs.setFocusTraversable(false);
    runs.setOnAction(e -> showRuns.run());

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, experiment, new ExperimentPicker(controller, samples, controller.source()), importButton,
        new Separator(javafx.geometry.Orientation.VERTICAL), new RunControls(controller),
        new Separator(javafx.geometry.Orientation.VERTICAL), runs, grow, undo, redo);
    bar.setId("toolBar");
    bar.getStyleClass().add("workbench-toolbar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  StatusBar statusBar() {
    return statusBar;
  }
}

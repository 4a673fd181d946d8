package org.mtlworkbench.ui;

import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;

/**
 * The main window's layout: tasks on the left, the model in the middle, the training dashboard on
 * the right, the status bar at the bottom. Each area is a placeholder until its view is built.
 */
final class WorkbenchView extends BorderPane {
  static final double TASKS_WIDTH = 260;
  static final double DASHBOARD_WIDTH = 380;

  private final StatusBar statusBar = new StatusBar();

  WorkbenchView(MenuBar menuBar) {
    setId("workbench");

    PlaceholderPane tasks =
        new PlaceholderPane(
            "tasksPane",
            "Tasks",
            PlaceholderArt.taskChips(),
            "No dataset loaded yet.\n\nOpen a data file and each of its target columns appears"
                + " here as a task you can drag onto the model.");
    tasks.setPrefWidth(TASKS_WIDTH);

    PlaceholderPane model =
        new PlaceholderPane(
            "modelPane",
            "Model",
            PlaceholderArt.sharedTrunk(),
            "The shared backbone and one head per task will be drawn here.\n\nChoose hard sharing"
                + " (one backbone for all tasks) or soft sharing (one tower per task, pulled"
                + " together by a penalty).");

    PlaceholderPane dashboard =
        new PlaceholderPane(
            "dashboardPane",
            "Dashboard",
            PlaceholderArt.lossCurves(),
            "While the model trains: per-task losses, gradient magnitudes on the shared"
                + " parameters, gradient conflict between tasks, and negative transfer against"
                + " single-task baselines.");
    dashboard.setPrefWidth(DASHBOARD_WIDTH);

    setTop(menuBar);
    setLeft(tasks);
    setCenter(model);
    setRight(dashboard);
    setBottom(statusBar);
  }

  StatusBar statusBar() {
    return statusBar;
  }
}

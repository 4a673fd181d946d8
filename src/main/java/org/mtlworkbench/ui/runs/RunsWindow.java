package org.mtlworkbench.ui.runs;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.report.chart.ChartTheme;

/**
 * The Runs window (View → Runs): one per workbench, created on first use, read again each time it
 * is brought up and whenever a run recorded from the workbench is complete. Esc or Ctrl+W closes it.
 */
public final class RunsWindow {
  static final double WIDTH = 1280;
  static final double HEIGHT = 860;

  private final Workspace workspace;
  private final Executor background;
  private final Consumer<List<RunEntry>> compare;
  private Stage stage;
  private RunsView view;

  /** @param compare opens a comparison of the runs given */
  public RunsWindow(Workspace workspace, Executor background, Consumer<List<RunEntry>> compare) {
    this.workspace = workspace;
    this.background = background;
    this.compare = compare;
  }

  /** Brings the window up (creating it the first time) and reads the workspace. */
  public void show(Window owner, List<String> sheets, ChartTheme chartTheme) {
    if (stage == null) {
      view = new RunsView(new RunsViewModel(workspace), chartTheme, background, compare);
      stage = new Stage();
      stage.initOwner(owner);
      stage.setTitle("Runs — " + workspace.root());
      Scene scene = new Scene(view, WindowSizes.width(WIDTH), WindowSizes.height(HEIGHT));
      scene.getStylesheets().setAll(sheets);
      stage.setScene(scene);
      CloseKeys.install(stage);
    }
    view.refresh();
    stage.show();
    stage.toFront();
  }

  /** A run was recorded: the list is read again if the window is up. */
  public void runRecorded() {
    if (stage != null && stage.isShowing()) {
      view.refresh();
    }
  }

  public void applyTheme(List<String> sheets, ChartTheme chartTheme, boolean isDark) {
    if (stage != null) {
      stage.getScene().getStylesheets().setAll(sheets);
      view.applyTheme(chartTheme, isDark);
    }
  }

  /** The window's view, once created (tests). */
  public RunsView view() {
    return view;
  }

  public Stage stage() {
    return stage;
  }
}

package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.ui.runs.CloseKeys;
import org.mtlworkbench.ui.runs.WindowSizes;

/**
 * The Study window (Run → New study…, File → Open study…): one per workbench, created on first
 * use. It keeps running its study when closed (the study is recorded in the workspace as it goes
 * and reopening shows it again); Esc or Ctrl+W closes it.
 */
public final class StudyWindow {
  static final double WIDTH = 1280;
  static final double HEIGHT = 900;

  private final Workspace workspace;
  private final Executor background;
  private final BiConsumer<String, List<RunEntry>> compare;
  private Stage stage;
  private StudyView view;

  /**
   * @param workspace where studies are recorded
   * @param background runs studies and reads files
   * @param compare opens a comparison of runs (a strategy's seeds), given a title
   */
  public StudyWindow(Workspace workspace, Executor background, BiConsumer<String, List<RunEntry>> compare) {
    this.workspace = workspace;
    this.background = background;
    this.compare = compare;
  }

  /**
   * Brings the window up with the experiment on screen (when no study is running there).
   *
   * @param folder the experiment file's folder, or null
   */
  public void show(Window owner, List<String> sheets, ChartTheme theme, ExperimentSpec experiment, Path folder) {
    create(owner, sheets, theme);
    if (!view.session().busy() && experiment != null) {
      view.setExperiment(experiment, folder);
    }
    stage.show();
    stage.toFront();
  }

  /** Brings the window up with a study file (or a study folder's study.json) opened. */
  public void open(Window owner, List<String> sheets, ChartTheme theme, Path file) {
    create(owner, sheets, theme);
    if (!view.session().busy()) {
      view.open(file);
    }
    stage.show();
    stage.toFront();
  }

  private void create(Window owner, List<String> sheets, ChartTheme theme) {
    if (stage != null) {
      return;
    }
    stage = new Stage();
    stage.initOwner(owner);
    view = new StudyView(new StudySession(workspace, background), theme, background, hooks(stage));
    stage.titleProperty().bind(view.session().studyProperty().map(s -> "Study — " + s.name()).orElse("Study"));
    Scene scene = new Scene(view, WindowSizes.width(WIDTH), WindowSizes.height(HEIGHT));
    scene.getStylesheets().setAll(sheets);
    stage.setScene(scene);
    CloseKeys.install(stage);
  }

  private StudyView.Hooks hooks(Stage owner) {
    return new StudyView.Hooks() {
      @Override
      public Path chooseStudy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a study");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Study files (*.json)", "*.json"));
        chooser.setInitialDirectory(existing(workspace.root()));
        var f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
      }

      @Override
      public Path chooseSaveAs(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the study");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Study files (*.json)", "*.json"));
        chooser.setInitialFileName(suggested);
        var f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
      }

      @Override
      public BiFunction<String, String, Path> exportWhere() {
        return StudyExport.chooser(owner);
      }

      @Override
      public void openRuns(String title, Path folder) {
        StudyWindow.openRuns(title, folder, background, compare, view.session()::say);
      }

      @Override
      public ClusterExportAction.Target chooseCluster(String suggested) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog("spark://head:7077");
        ask.initOwner(owner);
        ask.setTitle("Export for cluster");
        ask.setHeaderText("The Spark master the script sends the study to (MASTER overrides it when the script runs)");
        ask.setContentText("Master URL:");
        ask.getDialogPane().setId("clusterMasterDialog");
        var master = ask.showAndWait().map(String::strip).filter(m -> !m.isEmpty());
        if (master.isEmpty()) {
          return null;
        }
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("A new or empty folder for " + suggested);
        chooser.setInitialDirectory(existing(workspace.root()));
        var f = chooser.showDialog(owner);
        return f == null ? null : new ClusterExportAction.Target(f.toPath(), master.get());
      }
    };
  }

  /**
   * Lists the runs under {@code folder} in the background and hands them to {@code compare}; says
   * so when there is none yet.
   */
  static void openRuns(String title, Path folder, Executor background, BiConsumer<String, List<RunEntry>> compare,
      java.util.function.Consumer<String> say) {
    Task<List<RunEntry>> list = new Task<>() {
      @Override
      protected List<RunEntry> call() {
        return new Workspace(folder).list();
      }
    };
    list.setOnSucceeded(e -> {
      if (list.getValue().isEmpty()) {
        say.accept(title + " has no run on disk yet.");
      } else {
        compare.accept(title, list.getValue());
      }
    });
    list.setOnFailed(e -> say.accept(list.getException() instanceof InputException ie ? ie.getMessage()
        : "Cannot list the runs of " + title + ": " + list.getException()));
    background.execute(list);
  }

  private static java.io.File existing(Path dir) {
    return dir != null && java.nio.file.Files.isDirectory(dir) ? dir.toFile() : null;
  }

  /** The window's view, once created (tests). */
  public StudyView view() {
    return view;
  }

  public Stage stage() {
    return stage;
  }

  /** The app quits: the run in progress stops; every complete run is kept for a later Resume. */
  public void stop() {
    if (view != null) {
      view.session().cancel();
    }
  }

  public void applyTheme(List<String> sheets) {
    if (stage != null) {
      stage.getScene().getStylesheets().setAll(sheets);
    }
  }
}

package org.mtlworkbench.ui.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.report.chart.ChartTheme;

/**
 * A window comparing the runs chosen in the runs view; the runs are read off the UI thread. Esc
 * or Ctrl+W closes it.
 */
public final class CompareWindow {
  private CompareWindow() {}

  /** Opens the window at once with "Reading…" and fills it when the runs are read. */
  public static Stage show(Window owner, List<String> stylesheets, ChartTheme theme, List<RunEntry> entries,
      Executor background) {
    return show(owner, stylesheets, theme, entries, background, null);
  }

  /** @param where where to export the report given a suggested name; null for the file chooser */
  public static Stage show(Window owner, List<String> stylesheets, ChartTheme theme, List<RunEntry> entries,
      Executor background, Function<String, Path> where) {
    Label reading = new Label("Reading " + entries.size() + " runs…");
    reading.setId("compareReading");
    StackPane root = new StackPane(reading);
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Compare " + entries.size() + " runs — " + String.join(", ",
        entries.stream().map(RunEntry::name).distinct().toList()));
    Scene scene = new Scene(root, WindowSizes.width(1200), WindowSizes.height(860));
    scene.getStylesheets().setAll(stylesheets);
    stage.setScene(scene);
    CloseKeys.install(stage);

    Task<CompareViewModel> read = new Task<>() {
      @Override
      protected CompareViewModel call() {
        return CompareViewModel.read(RunsViewModel.dirs(entries));
      }
    };
    read.setOnSucceeded(e -> {
      Button export = new Button("Export report…");
      export.setId("compareExport");
      export.setTooltip(new Tooltip("These runs' comparison as one self-contained HTML file, and the same as PDF beside it"));
      Label exported = new Label();
      exported.setId("compareExported");
      exported.getStyleClass().add("chart-note");
      HBox header = new HBox(8, exported, export);
      header.setAlignment(Pos.CENTER_RIGHT);
      ReportExport.install(export, read.getValue().runs(), where != null ? where : ReportExport.chooser(stage), background,
          exported);
      root.getChildren().setAll(new CompareView(read.getValue(), theme, header));
    });
    read.setOnFailed(e -> {
      Throwable t = read.getException();
      reading.setText("Cannot compare: " + (t instanceof InputException ? t.getMessage() : t.toString()));
    });
    background.execute(read);
    stage.show();
    return stage;
  }
}

package org.mtlworkbench.ui.runs;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.store.RunEntry;
import org.mtlworkbench.report.chart.ChartTheme;

/** A window comparing the runs chosen in the runs view; the runs are read off the UI thread. */
public final class CompareWindow {
  private CompareWindow() {}

  /** Opens the window at once with "Reading…" and fills it when the runs are read. */
  public static Stage show(Window owner, List<String> stylesheets, ChartTheme theme, List<RunEntry> entries,
      Executor background) {
    Label reading = new Label("Reading " + entries.size() + " runs…");
    reading.setId("compareReading");
    StackPane root = new StackPane(reading);
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Compare " + entries.size() + " runs — " + String.join(", ",
        entries.stream().map(RunEntry::name).distinct().toList()));
    Scene scene = new Scene(root, 1200, 860);
    scene.getStylesheets().setAll(stylesheets);
    stage.setScene(scene);

    Task<CompareViewModel> read = new Task<>() {
      @Override
      protected CompareViewModel call() {
        return CompareViewModel.read(RunsViewModel.dirs(entries));
      }
    };
    read.setOnSucceeded(e -> {
      root.getChildren().setAll(new CompareView(read.getValue(), theme, new javafx.scene.layout.Region()));
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

package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.ExportLook;
import org.mtlworkbench.report.chart.RunCharts;
import org.mtlworkbench.report.chart.SeedBandChart;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.TaskMetric;
import org.mtlworkbench.ui.chart.ChartExportMenu;

/**
 * The study's curves over seeds: per task, each strategy's validation loss, validation metric or
 * training loss as the mean over its finished seeds with a band of ± one sample standard deviation
 * ({@link StudyCurves}), in the strategy's colour (its place in the plan). A run's curves are read
 * from its metrics.csv in the background when it finishes, so a band grows as each seed ends.
 */
public final class StudyCurvesPane extends BorderPane {
  static final double CHART_HEIGHT = 300;
  static final String NONE_YET = "No strategy has a finished run yet: each strategy's curves appear here as its seeds finish.";
  static final String EXPLAINED = "Each strategy: the mean over its finished seeds, with a band of ± one standard deviation"
      + " (sample, n − 1). Curves longer than " + RunCurves.MAX_POINTS + " points are first averaged over blocks of steps.";

  private final ComboBox<CurveKind> what = new ComboBox<>();
  private final Label note = new Label(NONE_YET);
  private final VBox charts = new VBox(8);
  private final Map<String, ChartViewer> viewers = new HashMap<>();
  private final StudyCurves curves = new StudyCurves();
  private final Executor background;
  private final Consumer<String> say;
  private final ChartTheme theme;
  private StudyResults results;
  private String problem;

  /**
   * @param background reads the runs' metrics files
   * @param say hears a chart saved (or why not)
   */
  public StudyCurvesPane(ChartTheme theme, Executor background, Consumer<String> say) {
    this.theme = theme;
    this.background = background;
    this.say = say;
    setId("studyCurves");
    what.setId("studyCurvesWhat");
    what.getItems().setAll(CurveKind.values());
    what.setValue(CurveKind.VALIDATION_LOSS);
    what.valueProperty().addListener((obs, old, now) -> draw());
    note.setId("studyCurvesNote");
    note.getStyleClass().add("chart-note");
    note.setWrapText(true);
    HBox bar = new HBox(8, new Label("Curve"), what, note);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 0, 8, 0));
    HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
    charts.setId("studyCurvesCharts");
    ScrollPane scroll = new ScrollPane(charts);
    scroll.setFitToWidth(true);
    setTop(bar);
    setCenter(scroll);
    setPadding(new Insets(8));
  }

  /**
   * Shows {@code r} (null: no results yet), reading the runs that finished since the last call.
   *
   * @param studyDir the study's directory, or null
   */
  public void show(StudyResults r, Path studyDir) {
    results = studyDir == null ? null : r;
    if (results != null) {
      List<String> todo = curves.toRead(studyDir, results);
      if (!todo.isEmpty()) {
        read(studyDir, results.tasks(), todo);
      }
    }
    draw();
  }

  private void read(Path studyDir, List<TaskMetric> tasks, List<String> runs) {
    List<String> failed = new ArrayList<>();
    String[] why = new String[1];
    Task<Map<String, RunCurves>> task = new Task<>() {
      @Override
      protected Map<String, RunCurves> call() {
        Map<String, RunCurves> read = new HashMap<>();
        for (String run : runs) {
          try {
            read.put(run, RunCurves.read(studyDir.resolve(run), tasks));
          } catch (RuntimeException e) {
            failed.add(run);
            why[0] = e.getMessage();
          }
        }
        return read;
      }
    };
    task.setOnSucceeded(e -> {
      task.getValue().forEach((run, c) -> curves.add(studyDir, run, c));
      failed.forEach(run -> curves.failed(studyDir, run));
      problem = why[0] == null ? null : "Some curves could not be read: " + why[0];
      draw();
    });
    background.execute(task);
  }

  private void draw() {
    CurveKind kind = what.getValue();
    List<ChartViewer> shown = new ArrayList<>();
    if (results != null && kind != null) {
      for (TaskMetric t : results.tasks()) {
        List<SeedBandChart.Band> bands = curves.bands(results, t.task(), kind, theme.tasks().size());
        if (bands.isEmpty()) {
          continue;
        }
        JFreeChart chart = ExportLook.apply(SeedBandChart.create(bands, RunCharts.COLUMNS, theme), theme,
            SeedBandChart.title(t.task(), kind.what(t)), "step", kind.what(t), true);
        ChartViewer viewer = viewers.get(t.task());
        if (viewer == null) {
          viewer = viewer(t.task(), chart);
          viewers.put(t.task(), viewer);
        } else {
          viewer.setChart(chart);
        }
        shown.add(viewer);
      }
    }
    charts.getChildren().setAll(shown);
    viewers.values().retainAll(shown);
    note.setText(problem != null ? problem : shown.isEmpty() ? NONE_YET : EXPLAINED);
  }

  private ChartViewer viewer(String task, JFreeChart chart) {
    ChartViewer v = new ChartViewer(chart, false);
    v.setId("studyCurvesChart-" + task);
    v.setPrefHeight(CHART_HEIGHT);
    v.setMinHeight(CHART_HEIGHT);
    ChartExportMenu.install(v, v::getChart, () -> v.getChart().getTitle() == null ? "curves" : v.getChart().getTitle().getText(), say);
    return v;
  }

  /** How many finished runs' curves are kept (tests). */
  int runsKept() {
    return curves.size();
  }
}

package org.mtlworkbench.ui.study;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.study.StudyReport;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.TaskMetric;

/**
 * The trade-off between two tasks of the study: each strategy's mean metrics over its seeds and the
 * Pareto front of those no other beats on both tasks ({@link StudyReport#paretoChart}, the chart
 * of the report). The user picks the two tasks; the chart is redrawn as runs finish.
 */
public final class StudyParetoPane extends BorderPane {
  private final ComboBox<String> taskA = new ComboBox<>();
  private final ComboBox<String> taskB = new ComboBox<>();
  private final ChartViewer viewer = new ChartViewer(null, false);
  private final Label note = new Label();
  private ChartTheme theme;
  private StudyResults results;

  public StudyParetoPane(ChartTheme theme) {
    this.theme = theme;
    setId("studyPareto");
    taskA.setId("studyParetoA");
    taskB.setId("studyParetoB");
    viewer.setId("studyParetoChart");
    note.setId("studyParetoNote");
    note.getStyleClass().add("chart-note");
    taskA.valueProperty().addListener((obs, old, now) -> draw());
    taskB.valueProperty().addListener((obs, old, now) -> draw());
    HBox bar = new HBox(8, new Label("Task (x)"), taskA, new Label("against (y)"), taskB, note);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 0, 8, 0));
    setTop(bar);
    setCenter(viewer);
    viewer.setVisible(false);
    setPadding(new Insets(8));
  }

  /** Shows {@code r}'s groups (null: no results yet). */
  public void show(StudyResults r) {
    this.results = r;
    List<String> tasks = r == null ? List.of() : r.tasks().stream().map(TaskMetric::task).toList();
    if (!taskA.getItems().equals(tasks)) {
      taskA.getItems().setAll(tasks);
      taskB.getItems().setAll(tasks);
      if (tasks.size() >= 2) {
        taskA.setValue(tasks.get(0));
        taskB.setValue(tasks.get(1));
      }
    }
    draw();
  }

  public void applyTheme(ChartTheme t) {
    this.theme = t;
    draw();
  }

  private void draw() {
    List<StudyResults.Group> done = results == null ? List.of()
        : results.groups().stream().filter(g -> !g.finished().isEmpty()).toList();
    int a = taskA.getItems().indexOf(taskA.getValue());
    int b = taskB.getItems().indexOf(taskB.getValue());
    if (results != null && results.tasks().size() < 2) {
      note.setText("A trade-off needs two tasks; this study has one.");
    } else if (done.isEmpty()) {
      note.setText("No strategy has a finished run yet.");
    } else if (a < 0 || b < 0 || a == b) {
      note.setText("Choose two different tasks.");
    } else {
      note.setText("Mean over each strategy's finished seeds; the staircase joins the strategies no other beats on both tasks.");
      viewer.setChart(StudyReport.paretoChart(results, done, a, b, theme));
      viewer.setVisible(true);
      return;
    }
    viewer.setVisible(false); // a ChartViewer takes no null chart: the note says why there is none
  }
}

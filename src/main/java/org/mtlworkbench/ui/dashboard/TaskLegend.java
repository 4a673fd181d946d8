package org.mtlworkbench.ui.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.mtlworkbench.report.chart.ChartTheme;

/**
 * A live chart's legend: each task's name beside a stroke of its colour. JavaFX labels rather
 * than JFreeChart's legend, which would be measured and drawn again with every frame of the chart.
 */
final class TaskLegend extends HBox {
  TaskLegend(String id) {
    super(10);
    setId(id);
    getStyleClass().add("task-legend");
    setAlignment(Pos.CENTER_LEFT);
  }

  /** One entry per task, in its colour under {@code theme}. */
  void setTasks(List<String> tasks, int[] colours, ChartTheme theme) {
    getChildren().clear();
    for (int i = 0; i < tasks.size(); i++) {
      Label entry = new Label(tasks.get(i), stroke(theme.task(colours[i])));
      entry.getStyleClass().addAll("chart-note", "legend-entry");
      getChildren().add(entry);
    }
  }

  /** A short line in {@code c}, as the task's curve is drawn. */
  static Line stroke(java.awt.Color c) {
    Line stroke = new Line(0, 0, 14, 0);
    stroke.setStrokeWidth(2.5);
    stroke.setStroke(fx(c));
    return stroke;
  }

  static Color fx(java.awt.Color c) {
    return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
  }

  /** The task names shown, " · " between them. */
  String text() {
    return String.join(" · ", getChildren().stream().map(n -> ((Label) n).getText()).toList());
  }
}

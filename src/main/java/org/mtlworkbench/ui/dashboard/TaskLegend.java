package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.report.chart.ChartTheme;

/**
 * A live chart's legend and readout in one row: each task's name beside a stroke of its colour,
 * and, while the mouse is over the chart, the step under it and each task's value there. JavaFX
 * labels rather than JFreeChart's legend: they change without the chart being drawn again.
 */
final class TaskLegend extends FlowPane {
  private final Label step = new Label();
  private final List<Label> entries = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  TaskLegend(String id) {
    super(10, 0);
    setId(id);
    getStyleClass().add("task-legend");
    setAlignment(Pos.CENTER_LEFT);
    step.setId(id + "Step");
    step.getStyleClass().addAll("chart-note", "legend-step");
    step.managedProperty().bind(step.visibleProperty());
    step.setVisible(false);
  }

  /** One entry per task, in its colour under {@code theme}. */
  void setTasks(List<String> tasks, int[] colours, ChartTheme theme) {
    names.clear();
    names.addAll(tasks);
    entries.clear();
    for (int i = 0; i < tasks.size(); i++) {
      java.awt.Color c = theme.task(colours[i]);
      Line stroke = new Line(0, 0, 14, 0);
      stroke.setStrokeWidth(2.5);
      stroke.setStroke(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
      Label entry = new Label(tasks.get(i), stroke);
      entry.getStyleClass().addAll("chart-note", "legend-entry");
      entries.add(entry);
    }
    getChildren().setAll(step);
    getChildren().addAll(entries);
    step.setVisible(false);
  }

  /**
   * Shows step {@code at} and each task's value there ({@code values[t]}, NaN: none recorded).
   */
  void showReadout(long at, float[] values) {
    step.setText("step " + Numbers.count(at));
    step.setVisible(true);
    for (int t = 0; t < entries.size(); t++) {
      float v = t < values.length ? values[t] : Float.NaN;
      entries.get(t).setText(names.get(t) + " " + Numbers.number(v));
    }
  }

  /** Back to the task names alone (the mouse left the chart). */
  void hideReadout() {
    if (!step.isVisible()) {
      return;
    }
    step.setVisible(false);
    for (int t = 0; t < entries.size(); t++) {
      entries.get(t).setText(names.get(t));
    }
  }

  /** The texts shown, step first when shown (for tests and screen readers). */
  String text() {
    StringBuilder b = new StringBuilder(step.isVisible() ? step.getText() : "");
    for (Label l : entries) {
      b.append(b.length() > 0 ? " · " : "").append(l.getText());
    }
    return b.toString();
  }
}

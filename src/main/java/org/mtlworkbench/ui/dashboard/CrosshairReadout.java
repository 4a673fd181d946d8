package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.report.chart.ChartTheme;

/**
 * The box beside a live chart's crosshair: the step under the mouse and each task's value there,
 * in the task's colour. It floats over the chart (unmanaged), so showing, moving and filling it
 * changes neither the chart's size nor its pixels: the chart is not drawn again.
 */
final class CrosshairReadout extends VBox {
  /** Room between the crosshair and the box. */
  private static final double GAP = 8;
  private final Label step = new Label();
  private final List<Label> entries = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  CrosshairReadout(String id) {
    super(1);
    setId(id);
    getStyleClass().add("crosshair-readout");
    setManaged(false);
    setMouseTransparent(true);
    setVisible(false);
    step.getStyleClass().add("readout-step");
  }

  void setTasks(List<String> tasks, int[] colours, ChartTheme theme) {
    names.clear();
    names.addAll(tasks);
    entries.clear();
    for (int i = 0; i < tasks.size(); i++) {
      Label entry = new Label(tasks.get(i), TaskLegend.stroke(theme.task(colours[i])));
      entry.getStyleClass().add("readout-entry");
      entries.add(entry);
    }
    getChildren().setAll(step);
    getChildren().addAll(entries);
    setVisible(false);
  }

  /**
   * Shows step {@code at} and each task's value there ({@code values[t]}; NaN: none recorded), the
   * box beside the crosshair at {@code x}, on the side of the plot area [left, right] with room.
   */
  void show(long at, float[] values, double x, double top, double left, double right) {
    step.setText("step " + Numbers.count(at));
    for (int t = 0; t < entries.size(); t++) {
      float v = t < values.length ? values[t] : Float.NaN;
      entries.get(t).setText(names.get(t) + "  " + Numbers.number(v));
    }
    autosize();
    double w = getWidth();
    double at0 = x + GAP + w <= right ? x + GAP : Math.max(left, x - GAP - w);
    relocate(at0, top + 4);
    setVisible(true);
  }

  /** Moves the box with the crosshair (same step, same texts). */
  void follow(double x, double left, double right) {
    double w = getWidth();
    relocate(x + GAP + w <= right ? x + GAP : Math.max(left, x - GAP - w), getLayoutY());
  }

  void hide() {
    setVisible(false);
  }

  /** "step 1,200 · y1 0.52 · y2 3.1" while shown, else empty. */
  String text() {
    if (!isVisible()) {
      return "";
    }
    StringBuilder b = new StringBuilder(step.getText());
    for (Label l : entries) {
      b.append(" · ").append(l.getText().replace("  ", " "));
    }
    return b.toString();
  }
}

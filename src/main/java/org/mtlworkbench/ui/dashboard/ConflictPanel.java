package org.mtlworkbench.ui.dashboard;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.ConflictMatrixChart;
import org.mtlworkbench.ui.chart.ChartExportMenu;

/**
 * The pairwise gradient-conflict matrix over the last {@value FindingsDetector#CONFLICT_WINDOW}
 * steps, and in words the pair that conflicts most often.
 */
final class ConflictPanel extends VBox {
  private final ChartViewer viewer;
  private final Label summary = new Label("Gradient cosines appear once the run measures them.");
  private ConflictMatrixChart matrix;

  ConflictPanel(ChartTheme theme) {
    setId("conflictPanel");
    getStyleClass().add("chart-panel");
    Label title = new Label("Gradient conflict · cosine");
    title.getStyleClass().add("chart-title");
    matrix = new ConflictMatrixChart(theme);
    viewer = new ChartViewer(matrix.chart());
    viewer.setId("conflictChart");
    viewer.setMinSize(120, 90);
    viewer.setPrefSize(300, 200);
    VBox.setVgrow(viewer, Priority.ALWAYS);
    summary.setId("conflictSummary");
    summary.getStyleClass().add("chart-note");
    summary.setWrapText(true);
    getChildren().addAll(title, viewer, summary);
  }

  /** Adds "Export chart…" to the matrix's context menu; {@code report} hears how it went. */
  void offerExport(java.util.function.Consumer<String> report) {
    ChartExportMenu.install(viewer, () -> matrix.exportCopy("Gradient conflict: mean cosine · share of steps with cosine < 0"),
        () -> "gradient conflict", report);
  }

  void setTasks(List<String> tasks) {
    matrix.setTasks(tasks);
    matrix.chart().fireChartChanged();
  }

  void applyTheme(ChartTheme theme, List<String> tasks) {
    matrix = new ConflictMatrixChart(theme);
    matrix.setTasks(tasks);
    viewer.setChart(matrix.chart());
  }

  void redraw(List<String> tasks, RecentStats.Conflict c) {
    matrix.chart().setNotify(false);
    try {
      matrix.update(c.meanCosine(), c.conflictShare());
    } finally {
      matrix.chart().setNotify(true);
    }
    summary.setText(describe(tasks, c));
  }

  /** "y1–y2 in conflict (cos < 0) in 38% of the last 500 steps": the pair most often in conflict. */
  static String describe(List<String> tasks, RecentStats.Conflict c) {
    int bi = -1;
    int bj = -1;
    for (int i = 0; i < tasks.size(); i++) {
      for (int j = i + 1; j < tasks.size(); j++) {
        if (c.steps()[i][j] > 0 && (bi < 0 || c.conflictShare()[i][j] > c.conflictShare()[bi][bj])) {
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) {
      return tasks.size() < 2 ? "Conflict needs two tasks or more." : "No gradient cosines measured yet.";
    }
    return String.format(Locale.ROOT, "%s–%s in conflict (cos < 0) in %s of the last %d steps",
        tasks.get(bi), tasks.get(bj), Numbers.percent(c.conflictShare()[bi][bj], 0), FindingsDetector.CONFLICT_WINDOW);
  }
}

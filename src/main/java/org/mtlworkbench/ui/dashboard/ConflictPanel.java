package org.mtlworkbench.ui.dashboard;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.ConflictMatrixChart;
import org.mtlworkbench.ui.chart.ChartExportMenu;

/**
 * The pairwise gradient-conflict matrix of the recent window ({@link GradientSummary}: the cosine
 * of the tasks' true gradients, the noise floors and how often the update raised each task's
 * loss), and in words the pair whose gradients point most apart.
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
    summary.setMinHeight(Region.USE_PREF_SIZE); // a second line takes room from the matrix instead of ending in "…"
    getChildren().addAll(title, viewer, summary);
  }

  /** Adds "Export chart…" to the matrix's context menu; {@code report} hears how it went. */
  void offerExport(java.util.function.Consumer<String> report) {
    ChartExportMenu.install(viewer, () -> matrix.exportCopy(ConflictMatrixChart.title()),
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

  void redraw(GradientSummary s) {
    matrix.chart().setNotify(false);
    try {
      matrix.update(s);
    } finally {
      matrix.chart().setNotify(true);
    }
    summary.setText(s.conflictCaption());
  }
}

package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.input.MouseButton;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.report.chart.TaskCurvesChart;
import org.mtlworkbench.train.MetricsLog;

/** Drag-zoom on a live chart, double-click back to the whole run; a zoom stays with the run it was made on. */
class ChartZoomTest {
  private static MetricsLog run(int steps) {
    MetricsLog log = Logs.of("y1", "y2");
    for (int i = 0; i < steps; i++) {
      Logs.step(log, new double[] {1.0 / (1 + i), 2.0 / (1 + i)}, 0.3);
    }
    return log;
  }

  private static XYPlot plot(DashboardStage d, String id) {
    return d.robot.lookup("#" + id).<ChartViewer>query().getChart().getXYPlot();
  }

  /** Drags over the middle of the chart, left to right and down (JFreeChart's zoom gesture). */
  private static void zoomIn(DashboardStage d, String id) {
    Bounds b = d.robot.lookup("#" + id).query().localToScreen(d.robot.lookup("#" + id).query().getBoundsInLocal());
    double y = b.getMinY() + b.getHeight() * 0.3;
    d.robot.drag(b.getMinX() + b.getWidth() * 0.4, y, MouseButton.PRIMARY)
        .moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.6, y + b.getHeight() * 0.3)).release(MouseButton.PRIMARY);
  }

  @Test
  void zoomThenDoubleClickShowsTheWholeRunAgainAndThrowsNothing() throws Exception {
    DashboardStage d = DashboardStage.show(List.of("y1", "y2"), 1200, 900);
    d.log.set(run(2000));
    d.frames(2);
    Range whole = DashboardStage.on(() -> plot(d, "lossPanelChart").getDomainAxis().getRange());
    assertThat(whole).isEqualTo(new Range(0, TaskCurvesChart.niceUpper(2000)));

    zoomIn(d, "lossPanelChart");
    d.frames(1);
    Range zoomed = DashboardStage.on(() -> plot(d, "lossPanelChart").getDomainAxis().getRange());
    assertThat(zoomed.getLength()).as("the drag zoomed in").isLessThan(whole.getLength() * 0.5);

    d.robot.doubleClickOn("#lossPanelChart");
    d.frames(1);
    assertThat(DashboardStage.on(() -> plot(d, "lossPanelChart").getDomainAxis().getRange())).isEqualTo(whole);
    assertThat(DashboardStage.on(() -> plot(d, "lossPanelChart").getRangeAxis().isAutoRange())).isTrue();
    // and zooming works again afterwards
    zoomIn(d, "lossPanelChart");
    d.frames(1);
    assertThat(DashboardStage.on(() -> plot(d, "lossPanelChart").getDomainAxis().getRange().getLength()))
        .isLessThan(whole.getLength() * 0.5);
  }

  @Test
  void aShortRunAfterAZoomedLongOneShowsAllItsSteps() throws Exception {
    DashboardStage d = DashboardStage.show(List.of("y1", "y2"), 1200, 900);
    d.log.set(run(20_000));
    d.frames(2);
    zoomIn(d, "lossPanelChart");
    zoomIn(d, "gradientPanelChart");
    d.frames(1);
    assertThat(DashboardStage.on(() -> plot(d, "lossPanelChart").getDomainAxis().getRange().getLowerBound()))
        .as("zoomed away from step 0").isGreaterThan(1000);

    d.log.set(run(110));
    d.frames(2);
    for (String id : List.of("lossPanelChart", "gradientPanelChart")) {
      XYPlot p = DashboardStage.on(() -> plot(d, id));
      assertThat(DashboardStage.on(() -> p.getDomainAxis().getRange())).as(id).isEqualTo(new Range(0, TaskCurvesChart.niceUpper(110)));
      assertThat(DashboardStage.on(() -> p.getRangeAxis().isAutoRange())).as(id).isTrue();
      assertThat(DashboardStage.on(() -> p.getDataset(1).getItemCount(0))).as(id + ": points drawn").isGreaterThan(50);
    }
  }
}

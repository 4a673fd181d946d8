package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.StepRecord;

/** The live charts name their tasks in their colours and read out the step and values under the mouse. */
class ChartReadoutTest {
  private static final int STEPS = 400;

  /** Task y1's loss at step i is i/100, y2's is 2 + i/1000: the value tells the step. */
  private static MetricsLog run() {
    MetricsLog log = Logs.of("y1", "y2");
    double[] ones = {1, 1};
    for (int i = 0; i < STEPS; i++) {
      log.onStep(new StepRecord(i, 0, 0.001, new double[] {i / 100.0, 2 + i / 1000.0}, ones, ones, null, 0));
    }
    return log;
  }

  @Test
  void theLegendNamesTheTasksAndTheReadoutFollowsTheMouse() throws Exception {
    DashboardStage d = DashboardStage.show(List.of("y1", "y2"), 1200, 780);
    d.robot.interact(() -> d.robot.lookup("#smoothingSlider").<Slider>query().setValue(0)); // raw values: exact
    d.log.set(run());
    d.frames(2);
    CurvesPanel loss = d.robot.lookup("#lossPanel").query();
    assertThat(DashboardStage.on(loss::legendText)).isEqualTo("y1 · y2");
    List<Label> entries = DashboardStage.on(() -> d.robot.lookup("#lossPanelLegend .legend-entry").queryAllAs(Label.class)
        .stream().toList());
    assertThat(entries).hasSize(2);
    // in the tasks' own colours (colour index 0 and 1 of the light theme)
    assertThat(DashboardStage.on(() -> ((javafx.scene.shape.Line) entries.get(0).getGraphic()).getStroke()))
        .isEqualTo(javafx.scene.paint.Color.rgb(0xe8, 0xa3, 0x3d));
    assertThat(DashboardStage.on(() -> ((javafx.scene.shape.Line) entries.get(1).getGraphic()).getStroke()))
        .isEqualTo(javafx.scene.paint.Color.rgb(0x3f, 0xb6, 0x8b));

    ChartViewer viewer = d.robot.lookup("#lossPanelChart").query();
    Bounds b = DashboardStage.on(() -> viewer.localToScreen(viewer.getBoundsInLocal()));
    // the step axis shows 0..400 over the plot area: the middle of the chart is near step 200
    d.robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.55, b.getMinY() + b.getHeight() * 0.5));
    String shown = DashboardStage.on(loss::readoutText);
    Matcher m = Pattern.compile("step (\\d+) · y1 (\\S+) · y2 (\\S+)").matcher(shown);
    assertThat(m.matches()).as(shown).isTrue();
    int step = Integer.parseInt(m.group(1));
    assertThat(step).isBetween(150, 300);
    assertThat(m.group(2)).isEqualTo(Numbers.number((float) (step / 100.0)));
    assertThat(m.group(3)).isEqualTo(Numbers.number((float) (2 + step / 1000.0)));

    // further right, a later step
    d.robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.8, b.getMinY() + b.getHeight() * 0.5));
    Matcher later = Pattern.compile("step (\\d+) · .*").matcher(DashboardStage.on(loss::readoutText));
    assertThat(later.matches()).isTrue();
    assertThat(Integer.parseInt(later.group(1))).isGreaterThan(step);

    assertThat(DashboardStage.on(loss::legendText)).as("the legend stays as it is").isEqualTo("y1 · y2");

    // off the chart: no readout
    d.robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.5, b.getMaxY() + 200));
    assertThat(DashboardStage.on(loss::readoutText)).isEmpty();
  }
}

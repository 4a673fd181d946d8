package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.ui.run.RunState;

/** A real run in the real window: its steps arrive in the charts while it trains. */
class DashboardLiveTest {
  private static final long TIMEOUT = 90;
  private RunningWorkbench workbench;

  @BeforeEach
  void start() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.robot.interact(() -> workbench.controller().session().stop());
    workbench.close();
  }

  /** Points drawn for task series {@code series} of the chart's main curves (dataset 1), on the FX thread. */
  private int drawn(String chartId, int series) throws Exception {
    return RunningWorkbench.onFx(() -> {
      XYPlot plot = workbench.<ChartViewer>node(chartId).getChart().getXYPlot();
      XYDataset main = plot.getDataset(1);
      return main.getSeriesCount() > series ? main.getItemCount(series) : 0;
    });
  }

  /**
   * The step of the last point drawn for task series {@code series} (−1 before any): it grows as
   * steps arrive, where the number of points drawn stops growing once every pixel column has its
   * minimum and maximum (the curves are decimated to the plot's columns).
   */
  private double lastStep(String chartId, int series) throws Exception {
    return RunningWorkbench.onFx(() -> {
      XYDataset main = workbench.<ChartViewer>node(chartId).getChart().getXYPlot().getDataset(1);
      int n = main.getSeriesCount() > series ? main.getItemCount(series) : 0;
      return n == 0 ? -1.0 : main.getXValue(series, n - 1);
    });
  }

  @Test
  void pointsArriveInTheLossAndGradientChartsForEveryTaskWhileTheRunGoes() throws Exception {
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(400, t.batchSize(), t.seed(), 1, t.threads())));
    workbench.robot.clickOn("#runButton");

    workbench.awaitFx(TIMEOUT, () -> drawn("lossPanelChart", 0) > 1 && drawn("lossPanelChart", 1) > 1);
    workbench.awaitFx(TIMEOUT, () -> drawn("gradientPanelChart", 0) > 1 && drawn("gradientPanelChart", 1) > 1);
    double earlier = lastStep("lossPanelChart", 0);
    workbench.awaitFx(TIMEOUT, () -> lastStep("lossPanelChart", 0) > earlier);

    assertThat(RunningWorkbench.onFx(() -> workbench.controller().session().state())).isEqualTo(RunState.RUNNING);
    // the imbalance has a ratio once 100 steps are measured (before, it says how many it has)
    workbench.awaitFx(TIMEOUT, () -> workbench.<Label>node("imbalanceLabel").getText().matches("Imbalance [\\d.,]+× .*"));
    workbench.awaitFx(TIMEOUT, () -> workbench.<Label>node("conflictSummary").getText().contains("y1–y2"));
  }

  @Test
  void aSecondRunWithSoftSharingReplacesTheCurvesOfTheFirst() throws Exception {
    // batches of 64: 100 steps an epoch on the sample's 6,400 training rows, whatever its own batch size
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(1, 64, t.seed(), 1, t.threads())));
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(TIMEOUT, () -> workbench.controller().session().state() == RunState.ENDED);
    workbench.awaitFx(10, () -> drawn("lossPanelChart", 0) > 1);

    workbench.robot.clickOn("#sharingSoft");
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(TIMEOUT, () -> workbench.controller().session().state() == RunState.ENDED);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().session().specProperty().get().model().sharingMode()))
        .isEqualTo(Sharing.SOFT);
    assertThat(workbench.statusMessage()).startsWith("Finished: 100 steps");
    workbench.awaitFx(10, () -> drawn("lossPanelChart", 0) > 1 && drawn("gradientPanelChart", 1) > 1);
  }
}

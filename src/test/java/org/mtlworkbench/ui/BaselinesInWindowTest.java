package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.ui.run.RunState;

/** Ticking Baselines: after the run, each task's baseline is dotted in the loss chart and compared in the table. */
class BaselinesInWindowTest {
  private static final long TIMEOUT = 120;
  /** The loss chart's baseline layer (TaskCurvesChart dataset 3). */
  private static final int BASELINE_DATASET = 3;
  private RunningWorkbench workbench;

  @BeforeEach
  void start() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.robot.interact(() -> {
      workbench.controller().session().stop();
      workbench.controller().baselines().cancel();
    });
    workbench.close();
  }

  private int baselinePoints(int task) throws Exception {
    return RunningWorkbench.onFx(() -> {
      XYDataset d = workbench.<ChartViewer>node("lossPanelChart").getChart().getXYPlot().getDataset(BASELINE_DATASET);
      return d.getSeriesCount() > task ? d.getItemCount(task) : 0;
    });
  }

  @Test
  void afterAFinishedRunEachTaskGetsItsBaselineCurveAndItsDelta() throws Exception {
    // batches of 64: 100 steps an epoch on the sample's 6,400 training rows, whatever its own batch size
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(2, 64, t.seed(), 1, t.threads())));
    workbench.robot.clickOn("#baselinesToggle");
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().baselines().enabledProperty().get())).isTrue();
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(TIMEOUT, () -> workbench.controller().session().state() == RunState.ENDED);

    workbench.awaitFx(TIMEOUT, () -> workbench.controller().baselines().resultsProperty().get().size() == 2);
    workbench.awaitFx(10, () -> baselinePoints(0) > 1 && baselinePoints(1) > 1);
    TableView<?> table = RunningWorkbench.onFx(() -> workbench.node("taskTable"));
    workbench.awaitFx(10, () -> table.getItems().size() == 2);
    String row = RunningWorkbench.onFx(() -> table.getItems().get(0).toString());
    // Row[task=y1, ..., baseline=<number>, delta=<signed %>, verdict=MTL better|worse (1 seed)]
    assertThat(row).containsPattern("baseline=\\d").containsPattern("delta=[+\u2212]\\d+\\.\\d%").contains("(1 seed)");
  }
}

package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.ui.run.RunState;

/** Another experiment on screen: the dashboard no longer shows the last experiment's run. */
class DashboardExperimentSwitchTest {
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

  private int lossSeries() throws Exception {
    return RunningWorkbench.onFx(() -> {
      XYDataset main = workbench.<ChartViewer>node("lossPanelChart").getChart().getXYPlot().getDataset(1);
      return main.getSeriesCount();
    });
  }

  @Test
  void openingAnotherSampleClearsTheDashboardToSayThereIsNoRunOfItYet() throws Exception {
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(1, 64, t.seed(), 1, t.threads())));
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(TIMEOUT, () -> workbench.controller().session().state() == RunState.ENDED);
    workbench.awaitFx(10, () -> lossSeries() == 2);

    SampleCatalog.Sample other = SampleCatalog.find().stream()
        .filter(s -> s.file().toString().contains("multi-fashion")).findFirst().orElseThrow();
    // the shorter training is an unsaved edit: leave it without the dialog
    workbench.robot.interact(() -> workbench.controller().attach(workbench.stage, name -> UnsavedChanges.Choice.DISCARD));
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().open(other.file(), true))).isTrue();
    workbench.awaitDataset(30);
    workbench.awaitFx(10, () -> lossSeries() == 0);
    assertThat(RunningWorkbench.onFx(() -> workbench.<Label>node("dashboardRun").getText()))
        .startsWith("No run of this experiment yet");
    assertThat(RunningWorkbench.onFx(() -> workbench.<Label>node("imbalanceLabel").getText())).isEmpty();
    // a while later, the last run has not come back
    Thread.sleep(1500);
    assertThat(lossSeries()).isZero();

    // its own run shows again
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(1, 64, t.seed(), 1, t.threads())));
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(TIMEOUT, () -> lossSeries() > 0);
  }
}

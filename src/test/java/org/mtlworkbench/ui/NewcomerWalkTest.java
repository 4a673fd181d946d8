package org.mtlworkbench.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.ui.run.RunState;
import org.mtlworkbench.ui.runs.RunsView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The newcomer's afternoon of issue 15 in one walk through the real window, in the order a new
 * user takes it: open a sample, edit the model, undo and redo, run, zoom into the loss chart and
 * double-click back, switch experiments with unsaved edits (Cancel keeps them, Discard switches),
 * import a broken CSV, save, reopen, run once more, compare both runs and export a report. Any
 * exception on the JavaFX thread on the way fails it ({@link FxThreadExceptions}).
 */
@org.junit.jupiter.api.Tag("walk")
class NewcomerWalkTest {
  private static final long RUN_TIMEOUT = 120;
  private static final String HIGH = "Correlated regression, p = 0.9, hard sharing";
  private static final String IMBALANCED = "Imbalanced regression (σ = 1, 10, 100), equal weights";

  @TempDir Path workspaceRoot;
  @TempDir Path dir;
  private RunningWorkbench workbench;

  @AfterEach
  void stop() throws Exception {
    if (workbench != null) {
      workbench.robot.interact(() -> workbench.controller().session().stop());
      workbench.close();
    }
  }

  private int backboneSize() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.controller().editor().draft().backbone().size());
  }

  private boolean edited() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.controller().title().titleProperty().get().contains(" * "));
  }

  /** One epoch in batches of 64 (100 steps on the sample's 6,400 training rows), then Run, until it ends. */
  private void runOneEpoch(long seed) throws Exception {
    workbench.robot.interact(() -> workbench.controller().editor()
        .setTraining(t -> new TrainingSpec(1, 64, seed, 1, t.threads())));
    workbench.robot.clickOn("#runButton");
    workbench.awaitFx(RUN_TIMEOUT, () -> workbench.controller().session().state() == RunState.ENDED
        && workbench.controller().session().recordedProperty().get() != null);
  }

  /**
   * Chooses the sample named {@code name} in the Experiment drop-down, as a click in its list does
   * (the choice goes through the same listener; a prompt it opens is answered by the caller).
   */
  private void pick(String name) throws Exception {
    javafx.application.Platform.runLater(() -> {
      ComboBox<Object> picker = workbench.node("datasetPicker");
      picker.getItems().stream().filter(i -> i.toString().equals(name)).findFirst().ifPresent(picker::setValue);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Range lossSteps() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.<ChartViewer>node("lossPanelChart").getChart().getXYPlot().getDomainAxis().getRange());
  }

  @Test
  void aNewcomersAfternoonRunsThroughWithoutASurprise() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine",
        new Workspace(workspaceRoot));
    workbench.awaitDataset(30);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().name())).isEqualTo(HIGH);

    // edit, undo, redo
    workbench.robot.clickOn("#addBackboneLayer");
    workbench.awaitFx(10, this::edited);
    assertThat(backboneSize()).isEqualTo(3);
    workbench.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    workbench.awaitFx(10, () -> workbench.controller().editor().draft().backbone().size() == 2);
    workbench.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    workbench.awaitFx(10, () -> workbench.controller().editor().draft().backbone().size() == 3);
    workbench.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    workbench.awaitFx(10, () -> workbench.controller().editor().draft().backbone().size() == 2);

    // run
    runOneEpoch(3);
    assertThat(workbench.statusMessage()).startsWith("Finished: 100 steps");
    // the chart draws the run's last steps at its next frame
    workbench.awaitFx(10, () -> lossSteps().getLowerBound() == 0 && lossSteps().getUpperBound() >= 100);
    Range whole = lossSteps();

    // zoom into the loss chart by dragging, then double-click: the whole run again
    Bounds chart = RunningWorkbench.onFx(() -> {
      ChartViewer v = workbench.node("lossPanelChart");
      return v.localToScreen(v.getLayoutBounds());
    });
    Point2D from = new Point2D(chart.getMinX() + chart.getWidth() * 0.45, chart.getMinY() + chart.getHeight() * 0.3);
    Point2D to = new Point2D(chart.getMinX() + chart.getWidth() * 0.7, chart.getMinY() + chart.getHeight() * 0.7);
    workbench.robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
    workbench.awaitFx(10, () -> lossSteps().getUpperBound() < whole.getUpperBound() || lossSteps().getLowerBound() > 0);
    workbench.robot.moveTo(new Point2D(chart.getMinX() + chart.getWidth() / 2, chart.getMinY() + chart.getHeight() / 2))
        .doubleClickOn(MouseButton.PRIMARY);
    workbench.awaitFx(10, () -> lossSteps().getLowerBound() == 0 && lossSteps().getUpperBound() >= 100);

    // switch experiments with an unsaved edit: Cancel keeps it, Discard switches
    workbench.robot.clickOn("#addBackboneLayer");
    workbench.awaitFx(10, this::edited);
    pick(IMBALANCED);
    workbench.awaitNode(UnsavedChanges.DIALOG_ID, 10);
    workbench.robot.clickOn("#cancelChangesButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(backboneSize()).isEqualTo(3);
    assertThat(RunningWorkbench.onFx(() -> workbench.<ComboBox<?>>node("datasetPicker").getValue().toString())).isEqualTo(HIGH);
    pick(IMBALANCED);
    workbench.awaitNode(UnsavedChanges.DIALOG_ID, 10);
    workbench.robot.clickOn("#discardChangesButton");
    workbench.awaitFx(30, () -> IMBALANCED.equals(workbench.controller().editor().draft().name()));
    workbench.awaitDataset(30);

    // import a broken CSV: the dialog names the line; close it, nothing changed
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "a,b,c,d,e,f,y\n" + "1,2,3,4,5,6,7\n".repeat(9) + "1,2,3,4,5,6\n");
    workbench.robot.interact(() -> CsvImport.open(workbench.stage, workbench.controller(), broken));
    workbench.awaitNode("importFileError", 20);
    assertThat(RunningWorkbench.onFx(() -> workbench.<Label>node("importFileError").getText()))
        .contains("broken.csv, line 11: 6 values, but the header has 7 columns");
    workbench.robot.clickOn("Cancel"); // nothing can be imported: OK is disabled
    workbench.awaitFx(10, () -> workbench.robot.lookup("#importFileError").tryQuery().isEmpty());
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().name())).isEqualTo(IMBALANCED);

    // back to the first sample, edit and save it as a file of one's own, then reopen that file
    pick(HIGH);
    workbench.awaitFx(30, () -> HIGH.equals(workbench.controller().editor().draft().name()));
    workbench.awaitDataset(30);
    workbench.robot.clickOn("#sharingSoft");
    workbench.awaitFx(10, this::edited);
    Path mine = dir.resolve("mine.json");
    workbench.robot.interact(() -> workbench.controller().saveTo(mine));
    workbench.awaitStatus("Saved mine.json", 10);
    assertThat(edited()).isFalse();
    ExperimentSpec saved = ExperimentFiles.read(mine);
    assertThat(saved.model().sharing()).isEqualTo("soft");
    pick(IMBALANCED);
    workbench.awaitFx(30, () -> IMBALANCED.equals(workbench.controller().editor().draft().name()));
    workbench.robot.interact(() -> workbench.controller().openRecent(mine));
    workbench.awaitFx(30, () -> mine.equals(workbench.controller().editor().fileProperty().get()));
    workbench.awaitDataset(30);
    workbench.awaitNode("tower-y1", 10);

    // a second run (soft sharing), then both in the Runs window: compare them, export a report
    runOneEpoch(4);
    workbench.robot.clickOn("#runsButton");
    workbench.awaitFx(20, () -> workbench.app().runsWindow().view() != null
        && workbench.app().runsWindow().view().model().runs().size() == 2);
    RunsView runs = RunningWorkbench.onFx(() -> workbench.app().runsWindow().view());
    Path reports = Files.createDirectories(dir.resolve("reports"));
    workbench.robot.interact(() -> runs.setReportDestination(reports::resolve));
    workbench.robot.interact(() -> workbench.robot.lookup("#runsTable").<javafx.scene.control.TableView<?>>query().getSelectionModel().selectAll());
    workbench.robot.clickOn("#runsCompare");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> workbench.robot.lookup("#compareChart-y1").tryQuery().isPresent());
    int series = RunningWorkbench.onFx(() -> workbench.robot.lookup("#compareChart-y1").<ChartViewer>query().getChart()
        .getXYPlot().getLegendItems().getItemCount());
    assertThat(series).isGreaterThanOrEqualTo(2);
    workbench.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE); // Esc closes the comparison
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> workbench.robot.lookup("#compareChart-y1").tryQuery().isEmpty());

    workbench.robot.interact(() -> workbench.robot.lookup("#runsTable").<javafx.scene.control.TableView<?>>query().getSelectionModel().clearAndSelect(0));
    // the Runs window may lie behind the main one once the comparison closed: its button is fired, not clicked at
    workbench.robot.interact(() -> workbench.robot.lookup("#runsReport").<javafx.scene.control.Button>query().fire());
    WaitForAsyncUtils.waitFor(90, SECONDS, () -> RunningWorkbench.onFx(() -> {
      String said = workbench.robot.lookup("#runsMessage").<Label>query().getText();
      return said.startsWith("Exported ") || said.startsWith("Not exported");
    }));
    assertThat(RunningWorkbench.onFx(() -> workbench.robot.lookup("#runsMessage").<Label>query().getText())).startsWith("Exported ");
    List<Path> written;
    try (var files = Files.list(reports)) {
      written = files.sorted().toList();
    }
    assertThat(written).extracting(p -> p.getFileName().toString().replaceAll(".*-report", "report"))
        .containsExactly("report.html", "report.pdf");
    assertThat(Files.readString(written.get(0))).contains("y1", "y2");
  }
}

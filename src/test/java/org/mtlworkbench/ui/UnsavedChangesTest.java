package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.testfx.util.WaitForAsyncUtils;

/** Switching away from an experiment with unsaved edits asks Save / Discard / Cancel; Cancel loses nothing. */
class UnsavedChangesTest {
  private static final String HIGH = "Correlated regression, p = 0.9, hard sharing";
  private static final String IMBALANCED = "Imbalanced regression (σ = 1, 10, 100), equal weights";
  @TempDir Path dir;
  private RunningWorkbench workbench;

  private void start(WorkbenchPreferences preferences) throws Exception {
    workbench = RunningWorkbench.start(preferences, () -> "stand-in engine");
    workbench.awaitDataset(30);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
  }

  private String name() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.controller().editor().draft().name());
  }

  private int backboneSize() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.controller().editor().draft().backbone().size());
  }

  /** Adds a backbone layer (the title gains its *), then picks the imbalanced sample in the drop-down. */
  private void editThenPickAnotherSample() throws Exception {
    workbench.robot.clickOn("#addBackboneLayer");
    workbench.awaitFx(10, () -> workbench.controller().title().titleProperty().get().contains(" * "));
    workbench.robot.clickOn("#datasetPicker");
    workbench.robot.clickOn(IMBALANCED);
    workbench.awaitNode(UnsavedChanges.DIALOG_ID, 10);
  }

  @Test
  void cancelKeepsTheEditsTheUndoHistoryAndThePickersChoice() throws Exception {
    start(new WorkbenchPreferences(new InMemoryPreferences()));
    editThenPickAnotherSample();

    workbench.robot.clickOn("#cancelChangesButton");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(name()).isEqualTo(HIGH);
    assertThat(backboneSize()).isEqualTo(3);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().title().titleProperty().get())).startsWith(HIGH + " *");
    assertThat(RunningWorkbench.onFx(() -> workbench.<ComboBox<?>>node("datasetPicker").getValue().toString())).isEqualTo(HIGH);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().canUndoProperty().get())).isTrue();
    RunningWorkbench.onFx(() -> workbench.controller().editor().undo());
    assertThat(backboneSize()).isEqualTo(2);
  }

  @Test
  void discardSwitchesToTheChosenSample() throws Exception {
    start(new WorkbenchPreferences(new InMemoryPreferences()));
    editThenPickAnotherSample();

    workbench.robot.clickOn("#discardChangesButton");
    workbench.awaitFx(30, () -> IMBALANCED.equals(workbench.controller().editor().draft().name()));

    assertThat(RunningWorkbench.onFx(() -> workbench.controller().title().titleProperty().get())).doesNotContain("*");
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().canUndoProperty().get())).isFalse();
  }

  @Test
  void saveWritesTheEditsToTheExperimentsFileThenSwitches() throws Exception {
    Path sample = Path.of("sample-datasets/correlated-high").toAbsolutePath();
    ExperimentSpec spec = ExperimentFilesOnDisk.rebased(ExperimentFiles.read(sample.resolve("experiment.json")), sample, dir);
    Path file = dir.resolve("mine.json");
    ExperimentFiles.write(spec, file);
    WorkbenchPreferences preferences = new WorkbenchPreferences(new InMemoryPreferences());
    preferences.saveLastExperiment(file);
    start(preferences);
    editThenPickAnotherSample();

    workbench.robot.clickOn("#saveChangesButton");
    workbench.awaitFx(30, () -> IMBALANCED.equals(workbench.controller().editor().draft().name()));

    assertThat(ExperimentFiles.read(file).model().backbone()).hasSize(3);
  }

  @Test
  void withoutUnsavedEditsNothingIsAskedAndFileNewStartsAnEmptyExperimentOnTheSameData() throws Exception {
    start(new WorkbenchPreferences(new InMemoryPreferences()));
    var data = RunningWorkbench.onFx(() -> workbench.controller().editor().draft().data());

    workbench.robot.clickOn("#fileMenu").clickOn("#newItem");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(workbench.robot.lookup("#" + UnsavedChanges.DIALOG_ID).tryQuery()).isEmpty();
    assertThat(name()).isEqualTo(ExperimentDraft.UNTITLED);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().tasks())).isEmpty();
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().data())).isEqualTo(data);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().fileProperty().get())).isNull();
    workbench.awaitDataset(30);
    workbench.awaitNode("card-y1", 10); // the palette still offers the data's targets
    assertThat(workbench.statusMessage()).isEqualTo("New experiment: drag task cards onto the backbone");
  }

  @Test
  void fileNewWithUnsavedEditsAsksToo() throws Exception {
    start(new WorkbenchPreferences(new InMemoryPreferences()));
    workbench.robot.clickOn("#addBackboneLayer");
    workbench.awaitFx(10, () -> workbench.controller().title().titleProperty().get().contains(" * "));

    workbench.robot.clickOn("#fileMenu").clickOn("#newItem");
    workbench.awaitNode(UnsavedChanges.DIALOG_ID, 10);
    workbench.robot.clickOn("#cancelChangesButton");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(name()).isEqualTo(HIGH);
    assertThat(backboneSize()).isEqualTo(3);
  }
}

package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredStatus;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.ui.run.RunState;

/** A run started with the Run button is kept in the workspace; the title tracks unsaved edits. */
class RecordedWindowRunTest {
  private static final long RUN_TIMEOUT = 90;

  @TempDir Path workspaceRoot;
  @TempDir Path dir;

  @Test
  void aRunStartedFromTheWindowLeavesAFinishedRunDirectoryThatTheRunsWindowLists() throws Exception {
    Workspace workspace = new Workspace(workspaceRoot);
    try (RunningWorkbench workbench = RunningWorkbench.start(
        new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine", workspace)) {
      workbench.awaitDataset(30);
      // batches of 64: 100 steps an epoch on the sample's 6,400 training rows, whatever its own batch size
      workbench.robot.interact(() -> workbench.controller().editor()
          .setTraining(t -> new TrainingSpec(1, 64, 11L, 1, t.threads())));
      workbench.robot.clickOn("#runButton");
      workbench.awaitFx(RUN_TIMEOUT, () -> workbench.controller().session().recordedProperty().get() != null);
      assertThat(RunningWorkbench.onFx(() -> workbench.controller().session().state())).isEqualTo(RunState.ENDED);

      Path run = RunningWorkbench.onFx(() -> workbench.controller().session().recordedProperty().get());
      assertThat(run.getParent()).isEqualTo(workspaceRoot.toAbsolutePath().normalize());
      RunManifest manifest = RunReader.manifest(run);
      assertThat(manifest.status()).isEqualTo("finished");
      assertThat(manifest.seed()).isEqualTo(11L);
      assertThat(manifest.steps()).isEqualTo(100L);
      assertThat(manifest.findings()).as("attached when the run ended").isNotNull();
      assertThat(run.resolve("metrics.csv")).isRegularFile();
      // The experiment as run lies next to run.json, its data path absolute, and the command trains it.
      ExperimentSpec copy = ExperimentFiles.read(run.resolve("experiment.json"));
      assertThat(Path.of(copy.data().csv())).isAbsolute().isRegularFile();
      assertThat(manifest.command()).startsWith("mtl-workbench train " + run.resolve("experiment.json"));
      assertThat(workspace.list()).extracting(RunEntry::status).containsExactly(StoredStatus.FINISHED);

      workbench.robot.clickOn("#runsButton");
      workbench.awaitFx(20, () -> workbench.app().runsWindow().view() != null
          && workbench.app().runsWindow().view().model().runs().size() == 1);
    }
  }

  @Test
  void theTitleMarksAnEditUntilCtrlSSavesItAndTheFileIsOfferedUnderOpenRecent() throws Exception {
    Path sample = Path.of("sample-datasets/correlated-high").toAbsolutePath();
    ExperimentSpec spec = ExperimentFilesOnDisk.rebased(
        ExperimentFiles.read(sample.resolve("experiment.json")), sample, dir);
    Path file = dir.resolve("mine.json");
    ExperimentFiles.write(spec, file);
    WorkbenchPreferences preferences = new WorkbenchPreferences(new InMemoryPreferences());
    preferences.saveLastExperiment(file);

    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, () -> "stand-in engine")) {
      workbench.awaitDataset(30);
      String clean = spec.name() + " — MTL Workbench";
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getTitle())).isEqualTo(clean);

      workbench.robot.clickOn("#sharingSoft");
      workbench.awaitFx(5, () -> workbench.stage.getTitle().equals(spec.name() + " * — MTL Workbench"));

      workbench.robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
      workbench.awaitStatus("Saved mine.json", 10);
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getTitle())).isEqualTo(clean);

      workbench.robot.clickOn("#fileMenu");
      workbench.robot.clickOn("Open recent");
      assertThat(workbench.robot.lookup("mine.json  —  " + dir).tryQuery()).isPresent();
      workbench.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
    assertThat(Files.readString(file)).contains("\"soft\"");
  }
}

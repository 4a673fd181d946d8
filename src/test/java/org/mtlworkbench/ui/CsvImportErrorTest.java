package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Import CSV on a file no choice of roles can fix: the dialog opens and names the file, the
 * line and what is wrong in a red box at its top (not only in the status bar), and nothing can be
 * imported. Message boxes without a message take no room.
 */
class CsvImportErrorTest {
  @TempDir Path dir;
  private RunningWorkbench workbench;

  @BeforeEach
  void start() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
  }

  private void importFile(Path file) throws Exception {
    workbench.robot.interact(() -> CsvImport.open(workbench.stage, workbench.controller(), file));
    workbench.awaitNode("importFileError", 20);
  }

  private String fileError() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.<Label>node("importFileError").getText());
  }

  private boolean shown(String id) throws Exception {
    return RunningWorkbench.onFx(() -> {
      Node n = workbench.node(id);
      return n.isVisible() && n.isManaged() && n.getScene() != null && n.getLayoutBounds().getHeight() > 0;
    });
  }

  @Test
  void aRaggedRowIsNamedInARedBoxAboveTheRowsReadBeforeIt() throws Exception {
    Path file = dir.resolve("broken.csv");
    Files.writeString(file, "a,b,c,d,e,f,y\n" + "1,2,3,4,5,6,7\n".repeat(9) + "1,2,3,4,5,6\n1,2,3,4,5,6,7\n");
    importFile(file);

    assertThat(fileError()).contains("broken.csv, line 11: 6 values, but the header has 7 columns");
    assertThat(shown("importFileError")).isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.node("importFileError").getStyleClass())).contains("input-error");
    assertThat(RunningWorkbench.onFx(() -> workbench.node("importOk").isDisabled())).isTrue();
    // the rows before the broken one are previewed; the error is not repeated below as a column problem
    assertThat(RunningWorkbench.onFx(() -> workbench.<javafx.scene.control.TableView<?>>node("importPreview").getItems().size()))
        .isEqualTo(9);
    assertThat(shown("importProblems")).as("no empty or repeated warning box").isFalse();
    assertThat(shown("importLoadError")).as("no empty box for a load error that did not happen").isFalse();
  }

  @Test
  void aFileWithNothingToPreviewStillGetsTheDialogWithItsError() throws Exception {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, "");
    importFile(file);

    assertThat(fileError()).contains("empty.csv is empty");
    assertThat(shown("importFileError")).isTrue();
    workbench.robot.clickOn("Close");
    workbench.awaitFx(10, () -> workbench.robot.lookup("#importFileError").tryQuery().isEmpty());
  }

  @Test
  void aFileWithoutProblemsShowsNoEmptyWarningBox() throws Exception {
    Path file = dir.resolve("fine.csv");
    Files.writeString(file, "a,b,y\n1,2,3\n4,5,6\n7,8,9\n");
    workbench.robot.interact(() -> CsvImport.open(workbench.stage, workbench.controller(), file));
    workbench.awaitNode("importProblems", 20);

    assertThat(RunningWorkbench.onFx(() -> workbench.<Label>node("importProblems").getText())).isEmpty();
    assertThat(shown("importProblems")).isFalse();
    assertThat(shown("importLoadError")).isFalse();
    assertThat(workbench.robot.lookup("#importFileError").tryQuery()).isEmpty();
    assertThat(RunningWorkbench.onFx(() -> workbench.node("importOk").isDisabled())).isFalse();
  }
}

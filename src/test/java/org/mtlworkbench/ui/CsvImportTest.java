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
import org.mtlworkbench.ui.edit.TargetInfo;

/** File → Import CSV on a file with a problem: the dialog names it inline and imports nothing until fixed. */
class CsvImportTest {
  @TempDir Path dir;
  private RunningWorkbench workbench;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
    file = dir.resolve("people.csv");
    Files.writeString(file, "age,height,y,note\n31,1.7,0.5,a\n40,1.8,0.7,b\nunknown,1.6,0.2,c\n52,1.5,0.1,d\n");
    workbench.robot.interact(() -> CsvImport.open(workbench.stage, workbench.controller(), file));
    workbench.awaitNode("importProblems", 20);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
  }

  private String problems() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.<Label>node("importProblems").getText());
  }

  @Test
  void aTextCellInAFeatureColumnIsShownInlineAndBlocksTheImportUntilTheColumnIsIgnored() throws Exception {
    assertThat(problems()).contains("column 'age' has text in row 3 ('unknown')");
    assertThat(RunningWorkbench.onFx(() -> workbench.node("importOk").isDisabled())).isTrue();
    // The ControlsFX decoration sits on the column's role chooser.
    Node role = workbench.node("role-age");
    workbench.awaitFx(10, () -> role.getStyleClass().stream().anyMatch(c -> c.contains("error")));

    workbench.robot.clickOn("#role-age").clickOn("ignore");

    workbench.awaitFx(10, () -> !workbench.node("importOk").isDisabled());
    assertThat(problems()).isEmpty();
    assertThat(RunningWorkbench.onFx(() -> role.getStyleClass().stream().noneMatch(c -> c.contains("error")))).isTrue();

    workbench.robot.clickOn("#importOk");
    workbench.awaitFx(30, () -> workbench.controller().editor().draft().name().equals("people")
        && workbench.controller().editor().datasetProperty().get() != null);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().datasetProperty().get().targets()))
        .extracting(TargetInfo::name).containsExactly("y");
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().data().features()))
        .containsExactly("height");
    workbench.awaitNode("card-y", 10);
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().tasks())).isEmpty();
  }

  @Test
  void cancellingLeavesTheOpenExperimentAsItWas() throws Exception {
    var before = RunningWorkbench.onFx(() -> workbench.controller().editor().draft());

    workbench.robot.clickOn("Cancel");

    workbench.awaitFx(10, () -> workbench.robot.lookup("#importProblems").tryQuery().isEmpty());
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft())).isSameAs(before);
  }
}

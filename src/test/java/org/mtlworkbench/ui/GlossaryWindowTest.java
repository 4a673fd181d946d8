package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Glossary opens the glossary; typing narrows it; Esc closes it. */
class GlossaryWindowTest {
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

  @Test
  void theHelpMenuOpensTheGlossaryWhichFindsAWordAndClosesWithEsc() throws Exception {
    workbench.robot.clickOn("#helpMenu").clickOn("#glossaryItem");
    workbench.awaitNode("glossarySearch", 10);
    assertThat(workbench.robot.lookup("#glossary-cross-stitch").tryQuery()).isPresent();
    assertThat(workbench.robot.lookup("#glossary-task").tryQuery()).isPresent();

    workbench.robot.clickOn("#glossarySearch").write("dominates");
    WaitForAsyncUtils.waitForFxEvents();
    VBox entries = workbench.node("glossaryEntries");
    assertThat(RunningWorkbench.onFx(() -> entries.getChildren().stream().filter(n -> n instanceof Label)
        .map(n -> ((Label) n).getText()).toList())).containsExactly("Findings");
    assertThat(workbench.robot.lookup("#glossary-imbalance").tryQuery()).isPresent();
    assertThat(workbench.robot.lookup("#glossary-task").tryQuery()).isEmpty();

    workbench.robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(RunningWorkbench.onFx(() -> workbench.app().glossaryWindow().stage().isShowing())).isFalse();
  }
}

package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Run → New study… opens the study window on the experiment on screen, its own strategy ticked. */
class StudyMenuTest {
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
  void runNewStudyOpensTheStudyWindowOnTheExperimentOnScreen() throws Exception {
    String name = RunningWorkbench.onFx(() -> workbench.app().controller().editor().draft().name());
    String strategy = RunningWorkbench.onFx(() -> workbench.app().controller().editor().toSpec().strategy().name());
    workbench.robot.clickOn("#runMenu").clickOn("#newStudyItem");
    workbench.awaitNode("studyView", 10);
    Label title = workbench.node("studyExperiment");
    assertThat(RunningWorkbench.onFx(title::getText)).startsWith("Study of “" + name + "”");
    assertThat(RunningWorkbench.onFx(() -> workbench.app().studyWindow().stage().isShowing())).isTrue();
    assertThat(RunningWorkbench.onFx(() -> ((javafx.scene.control.CheckBox) workbench.node("studyStrategy-" + strategy)).isSelected()))
        .isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.robot.lookup("#studyStart").queryButton().isDisabled())).isFalse();
  }
}

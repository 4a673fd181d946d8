package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;

/** The model is built with the hands: cards dragged onto the backbone, heads taken off, Hard/Soft. */
class ModelGesturesTest {
  private RunningWorkbench workbench;

  @BeforeEach
  void startWithTheFirstSampleOpen() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
  }

  private boolean present(String id) {
    return workbench.robot.lookup("#" + id).tryQuery().isPresent();
  }

  @Test
  void headsTakenOffAndTwoCardsDraggedOntoTheBackboneGiveTwoHeadsInDropOrder() throws Exception {
    workbench.robot.clickOn("#remove-y1");
    workbench.robot.drag("#head-y2").dropTo("#tasksPane"); // dragged off, back to the palette
    workbench.awaitFx(10, () -> workbench.controller().editor().draft().tasks().isEmpty());
    assertThat(present("head-y1") || present("head-y2")).isFalse();
    assertThat(present("dropHint")).isTrue();

    workbench.robot.drag("#card-y2").dropTo("#backbone");
    workbench.awaitNode("head-y2", 10);
    workbench.robot.drag("#card-y1").dropTo("#backbone");
    workbench.awaitNode("head-y1", 10);

    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().tasks()))
        .extracting(TaskSpec::target).containsExactly("y2", "y1");
    Node heads = workbench.node("heads");
    assertThat(workbench.robot.from(heads).lookup(".head-block").queryAll()).hasSize(2);
    assertThat(present("dropHint")).isFalse();
  }

  @Test
  void softSharingShowsOneTowerPerTaskAndTheLambdaControlAndUndoGoesBack() throws Exception {
    assertThat(RunningWorkbench.onFx(() -> workbench.node("lambdaControl").isVisible())).isFalse();

    workbench.robot.clickOn("#sharingSoft");

    workbench.awaitNode("tower-y1", 10);
    assertThat(present("tower-y2")).isTrue();
    assertThat(present("backbone")).isFalse();
    assertThat(RunningWorkbench.onFx(() -> workbench.node("lambdaControl").isVisible())).isTrue();
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().sharing())).isEqualTo(Sharing.SOFT);

    workbench.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

    workbench.awaitNode("backbone", 10);
    assertThat(present("tower-y1")).isFalse();
    assertThat(RunningWorkbench.onFx(() -> workbench.node("lambdaControl").isVisible())).isFalse();

    workbench.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    workbench.awaitNode("tower-y1", 10);
  }

  @Test
  void aBackboneLayerIsAddedSelectedAndEditedInTheInspector() throws Exception {
    workbench.robot.clickOn("#addBackboneLayer");
    workbench.awaitFx(10, () -> workbench.controller().editor().draft().backbone().size() == 3);

    Node backbone = workbench.node("backbone");
    workbench.robot.clickOn(workbench.robot.from(backbone).lookup(".layer-row").nth(2).<Node>query());
    workbench.awaitNode("inspect-units", 10);
    workbench.robot.doubleClickOn("#inspect-units").eraseText(4).write("12").type(KeyCode.ENTER);

    workbench.awaitFx(10, () -> workbench.controller().editor().draft().backbone().get(2).units() == 12);
    Node redrawn = workbench.node("backbone");
    assertThat(workbench.robot.from(redrawn).lookup(".layer-row").nth(2).<javafx.scene.control.Label>query().getText())
        .isEqualTo("Dense 12 · relu");
  }
}

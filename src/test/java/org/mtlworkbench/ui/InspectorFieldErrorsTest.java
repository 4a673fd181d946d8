package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.LayerSpec;
import org.testfx.util.WaitForAsyncUtils;

/** Bad input in the inspector says why at the field, stays to be fixed, and the message goes when it no longer applies. */
class InspectorFieldErrorsTest {
  private RunningWorkbench workbench;
  private LayerSpec firstLayer;

  @BeforeEach
  void selectTheFirstBackboneLayer() throws Exception {
    workbench = RunningWorkbench.start(new WorkbenchPreferences(new InMemoryPreferences()), () -> "stand-in engine");
    workbench.awaitDataset(30);
    Node backbone = workbench.node("backbone");
    workbench.robot.clickOn(workbench.robot.from(backbone).lookup(".layer-row").nth(0).<Node>query());
    workbench.awaitNode("inspect-units", 10);
    firstLayer = RunningWorkbench.onFx(() -> workbench.controller().editor().draft().backbone().get(0));
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
  }

  private void type(String field, String text) {
    workbench.robot.doubleClickOn("#" + field).eraseText(8).write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String message(String field) throws Exception {
    return RunningWorkbench.onFx(() -> {
      Label line = workbench.node(field + "-error");
      return line.isVisible() ? line.getText() : "";
    });
  }

  private String text(String field) throws Exception {
    return RunningWorkbench.onFx(() -> workbench.<TextField>node(field).getText());
  }

  private long visibleMessages() throws Exception {
    return RunningWorkbench.onFx(() -> workbench.robot.lookup(".field-message").queryAll().stream().filter(Node::isVisible).count());
  }

  @Test
  void textThatIsNotANumberOfTheRightKindIsNamedAtTheFieldAndLeftThere() throws Exception {
    type("inspect-units", "abc");
    assertThat(message("inspect-units")).isEqualTo("Units: 'abc' is not a whole number");
    assertThat(text("inspect-units")).isEqualTo("abc");
    assertThat(RunningWorkbench.onFx(() -> workbench.<TextField>node("inspect-units").getStyleClass())).contains("field-error");

    type("inspect-units", "0.5");
    assertThat(message("inspect-units")).isEqualTo("Units: '0.5' is not a whole number");
    assertThat(text("inspect-units")).isEqualTo("0.5");

    type("inspect-dropout", "x");
    assertThat(message("inspect-dropout")).isEqualTo("Dropout: 'x' is not a number");
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().backbone().get(0))).isEqualTo(firstLayer);
  }

  @Test
  void aValueTheModelRefusesSaysWhyAndAValidEditClearsItHereAndOnTheStatusBar() throws Exception {
    type("inspect-units", "0");
    assertThat(message("inspect-units")).isEqualTo("layer units must be a whole number ≥ 1, got 0");
    assertThat(text("inspect-units")).isEqualTo("0");
    assertThat(workbench.statusMessage()).isEqualTo("layer units must be a whole number ≥ 1, got 0");

    type("inspect-units", "12");
    assertThat(message("inspect-units")).isEmpty();
    assertThat(RunningWorkbench.onFx(() -> workbench.<TextField>node("inspect-units").getStyleClass())).doesNotContain("field-error");
    assertThat(workbench.statusMessage()).isEmpty();
    assertThat(RunningWorkbench.onFx(() -> workbench.controller().editor().draft().backbone().get(0).units())).isEqualTo(12);
  }

  @Test
  void anErrorDoesNotFollowToAnotherTabNorComeBack() throws Exception {
    type("inspect-dropout", "1.5");
    assertThat(message("inspect-dropout")).isEqualTo("layer dropout must be in [0, 1), got 1.5");

    workbench.robot.clickOn("#inspectOptimiser");
    workbench.awaitNode("inspect-learning-rate", 10);
    assertThat(visibleMessages()).isZero();
    assertThat(workbench.statusMessage()).isEmpty();

    Node backbone = workbench.node("backbone");
    workbench.robot.clickOn(workbench.robot.from(backbone).lookup(".layer-row").nth(0).<Node>query());
    workbench.awaitNode("inspect-dropout", 10);
    assertThat(visibleMessages()).isZero();
    assertThat(text("inspect-dropout")).isEqualTo("0.0");
  }

  @Test
  void escPutsTheModelsValueBack() throws Exception {
    type("inspect-units", "abc");
    workbench.robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text("inspect-units")).isEqualTo(String.valueOf(firstLayer.units()));
    assertThat(message("inspect-units")).isEmpty();
  }
}

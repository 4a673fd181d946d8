package org.mtlworkbench.ui.canvas;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.inspect.InspectorView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The sharing selector holds every scheme's whole name at the narrowest model pane, also with twice as many schemes. */
class SharingSelectorTest {
  /** The model pane's minimum width in the window (WorkbenchView). */
  private static final double NARROWEST = 380;
  private final FxRobot robot = new FxRobot();
  private ModelPaneView pane;

  @BeforeEach
  void showANarrowModelPane() throws Exception {
    FxToolkit.registerPrimaryStage();
    ExperimentEditor editor = MultiLeNet.editor();
    FxToolkit.setupStage(stage -> {
      pane = new ModelPaneView(editor, new InspectorView(editor));
      // held at the narrowest width inside a box, whatever size an earlier test left the stage at
      pane.setPrefWidth(NARROWEST);
      pane.setMaxWidth(NARROWEST);
      Scene scene = new Scene(new javafx.scene.layout.HBox(pane), NARROWEST, 700);
      for (String css : List.of("base.css", "light.css")) {
        scene.getStylesheets().add(Path.of("assets/css", css).toUri().toString());
      }
      stage.setScene(scene);
      stage.sizeToScene();
      stage.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.hideStage();
    FxToolkit.cleanupStages();
  }

  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  /** Each button's shown text, and whether all of it lies inside the pane. */
  private void assertWholeAndInside() throws Exception {
    List<ToggleButton> buttons = onFx(() -> robot.from(pane).lookup("#sharingSelector .toggle-button").<ToggleButton>queryAll()
        .stream().toList());
    Bounds paneBounds = onFx(() -> pane.localToScene(pane.getLayoutBounds()));
    for (ToggleButton b : buttons) {
      String shown = onFx(() -> robot.from(b).lookup(".text").<Text>query().getText());
      assertThat(shown).as("shown text of " + b.getText()).isEqualTo(b.getText());
      Bounds bb = onFx(() -> b.localToScene(b.getLayoutBounds()));
      assertThat(bb.getMaxX()).as(b.getText() + " right edge").isLessThanOrEqualTo(paneBounds.getMaxX());
      assertThat(bb.getMinX()).as(b.getText() + " left edge").isGreaterThanOrEqualTo(paneBounds.getMinX());
    }
  }

  @Test
  void everySchemeFitsWholeAtTheNarrowestPane() throws Exception {
    assertThat(onFx(() -> robot.from(pane).lookup("#sharingSelector .toggle-button").queryAll())).hasSize(org.mtlworkbench.model.Sharing.values().length);
    assertWholeAndInside();
  }

  @Test
  void twiceAsManySchemesWrapOntoAnotherLineInsteadOfBeingCut() throws Exception {
    onFx(() -> {
      SharingSelector selector = robot.from(pane).lookup("#sharingSelector").query();
      for (String name : List.of("Extra-A", "Extra-B", "Extra-C", "Extra-D", "Extra-E", "Extra-F", "Extra-G", "Extra-H")) {
        selector.getChildren().add(SharingSelector.button(name, name, null));
      }
      pane.getScene().getRoot().applyCss();
      pane.getScene().getRoot().layout(); // laid out now, not at a pulse that a loaded machine may delay
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();

    assertWholeAndInside();
    List<Double> rows = onFx(() -> robot.from(pane).lookup("#sharingSelector .toggle-button").<Node>queryAll().stream()
        .map(n -> n.localToScene(n.getLayoutBounds()).getMinY()).distinct().toList());
    assertThat(rows).hasSizeGreaterThan(1);
    // the model title and the diagram below are not covered by the second line
    Bounds selector = onFx(() -> robot.from(pane).lookup("#sharingSelector").<Node>query().localToScene(
        robot.from(pane).lookup("#sharingSelector").<Node>query().getLayoutBounds()));
    Bounds buttons = onFx(() -> robot.from(pane).lookup("#layerButtons").<Node>query().localToScene(
        robot.from(pane).lookup("#layerButtons").<Node>query().getLayoutBounds()));
    assertThat(buttons.getMinY()).isGreaterThanOrEqualTo(selector.getMaxY());
  }
}

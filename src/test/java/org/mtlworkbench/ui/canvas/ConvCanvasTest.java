package org.mtlworkbench.ui.canvas;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.inspect.InspectorView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Multi-LeNet on the canvas: conv and pool blocks with their shapes, edited in the inspector, undone. */
class ConvCanvasTest {
  private final FxRobot robot = new FxRobot();
  private ExperimentEditor editor;

  @BeforeEach
  void showTheMultiLeNet() throws Exception {
    FxToolkit.registerPrimaryStage();
    editor = MultiLeNet.editor();
    FxToolkit.setupStage(stage -> {
      Scene scene = new Scene(new ModelPaneView(editor, new InspectorView(editor)), 880, 760);
      for (String css : List.of("base.css", "light.css")) {
        scene.getStylesheets().add(Path.of("assets/css", css).toUri().toString());
      }
      stage.setScene(scene);
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

  private List<String> texts(String selector) throws Exception {
    return onFx(() -> robot.lookup("#backbone " + selector).<Label>queryAll().stream().map(Label::getText).toList());
  }

  private static String shape(Label row) {
    return row.getGraphic() == null ? "" : ((Label) row.getGraphic()).getText();
  }

  private Label backboneRow(int i) throws Exception {
    return onFx(() -> robot.lookup("#backbone .layer-row").nth(i).<Label>query());
  }

  @Test
  void convAndPoolBlocksAreDrawnWithTheirLabelsAndShapes() throws Exception {
    assertThat(onFx(() -> robot.lookup("#inputShape").<Label>query().getText())).isEqualTo("1×28×28 image");
    assertThat(texts(".layer-conv")).containsExactly("Conv 10@5×5", "Conv 20@5×5");
    assertThat(texts(".layer-pool")).containsExactly("Max-pool 2×2 · relu", "Max-pool 2×2 · relu");
    assertThat(texts(".layer-dense")).containsExactly("Dense 50 · relu");
    assertThat(onFx(() -> robot.lookup("#backbone .layer-row").<Label>queryAll().stream().map(ConvCanvasTest::shape).toList()))
        .containsExactly("→ 10×24×24", "→ 10×12×12", "→ 20×8×8", "→ 20×4×4", "flattens 320 → 50");
    assertThat(onFx(() -> robot.lookup(".shape-error").queryAll())).isEmpty();
  }

  @Test
  void filtersEditedInTheInspectorRelabelTheConvAndUndoGoesBack() throws Exception {
    robot.clickOn(backboneRow(0));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> robot.lookup("#inspectorTitle").<Label>query().getText())).isEqualTo("Backbone layer 1");
    TextField filters = onFx(() -> robot.lookup("#inspect-filters").<TextField>query());
    assertThat(onFx(() -> filters.getText())).isEqualTo("10");

    robot.doubleClickOn(filters).eraseText(4).write("16").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> backboneRow(0).getText())).isEqualTo("Conv 16@5×5");
    assertThat(onFx(() -> shape(backboneRow(0)))).isEqualTo("→ 16×24×24");
    assertThat(onFx(() -> robot.lookup("#inspect-output").<TextField>query().getText())).isEqualTo("16×24×24");

    onFx(editor::undo);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> backboneRow(0).getText())).isEqualTo("Conv 10@5×5");
    assertThat(onFx(() -> filters.getText())).isEqualTo("10");
  }

  @Test
  void aRefusedKernelSaysWhyAndAStarvedLayerIsFlagged() throws Exception {
    robot.clickOn(backboneRow(2));
    WaitForAsyncUtils.waitForFxEvents();
    TextField kernel = onFx(() -> robot.lookup("#inspect-kernel").<TextField>query());

    robot.doubleClickOn(kernel).eraseText(4).write("13").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> robot.lookup("#inspect-kernel-error").<Label>query().getText()))
        .isEqualTo("Backbone layer 3: a 13×13 kernel does not fit its 10×12×12 input");
    assertThat(onFx(() -> kernel.getText())).isEqualTo("13"); // left to be corrected, not silently reverted
    assertThat(onFx(() -> editor.draft().backbone().get(2).kernel())).isEqualTo(5);

    robot.doubleClickOn(kernel).eraseText(4).write("12").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    // 12×12 kernel on 12×12 → 20×1×1: the 2×2 pool after it no longer fits and is flagged
    assertThat(onFx(() -> shape(backboneRow(2)))).isEqualTo("→ 20×1×1");
    Label pool = backboneRow(3);
    assertThat(onFx(() -> pool.getStyleClass())).contains("shape-error");
    assertThat(onFx(() -> shape(pool))).isEqualTo("⚠ misfit");
    assertThat(onFx(() -> pool.getTooltip().getText())).isEqualTo("a 2×2 pool does not fit its 20×1×1 input");
  }

  @Test
  void addingAfterAPoolOffersImageLayersAndUndoRemovesIt() throws Exception {
    System.gc(); // the problems warning must outlive a collection (it once listened through a collected view)
    robot.clickOn(backboneRow(1));
    robot.clickOn("#addBackboneLayer");
    WaitForAsyncUtils.waitForFxEvents();
    // after the first pool 10×12×12 flows: 10·12·12 = 1440 values when flattened
    robot.clickOn("Flatten → 1440");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(texts(".layer-flatten")).containsExactly("Flatten → 1440");
    assertThat(onFx(() -> editor.draft().backbone().get(2).type())).isEqualTo("flatten");
    // the conv after the flatten now receives flat values: flagged
    Node conv = backboneRow(3);
    assertThat(onFx(() -> conv.getStyleClass())).contains("layer-conv", "shape-error");
    Label problems = onFx(() -> robot.lookup("#problemsLabel").<Label>query());
    assertThat(onFx(problems::isVisible)).isTrue();
    assertThat(onFx(() -> problems.getText())).contains("model.backbone[3]");

    onFx(editor::undo);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(texts(".layer-flatten")).isEmpty();
    assertThat(onFx(() -> robot.lookup(".shape-error").queryAll())).isEmpty();
    assertThat(onFx(problems::isVisible)).isFalse();
  }
}

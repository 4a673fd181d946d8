package org.mtlworkbench.ui.canvas;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;
import org.mtlworkbench.ui.edit.TargetInfo;
import org.mtlworkbench.ui.inspect.InspectorView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cross-stitch and MMoE are drawn as what they are — units between the towers' layers; experts,
 * one gate per task, heads — and their own settings are reached by clicking them, edited, undone.
 */
class SchemeDrawingsTest {
  private static final Path HIGH = Path.of("sample-datasets/correlated-high/experiment.json"); // backbone 64-32, y1, y2
  private final FxRobot robot = new FxRobot();
  private ExperimentEditor editor;

  @BeforeEach
  void showTheModelPane() throws Exception {
    FxToolkit.registerPrimaryStage();
    editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(ExperimentFiles.read(HIGH)), HIGH.getParent(), null);
    List<String> features = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "x" + i).toList();
    editor.datasetProperty().set(new DatasetInfo("correlated-high", 4000, features, List.of(
        TargetInfo.detected("y1", TaskType.REGRESSION, 4000, 0), TargetInfo.detected("y2", TaskType.REGRESSION, 4000, 0))));
    FxToolkit.setupStage(stage -> {
      Scene scene = new Scene(new ModelPaneView(editor, new InspectorView(editor)), 900, 780);
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

  private Bounds bounds(String id) throws Exception {
    return onFx(() -> {
      Node n = robot.lookup("#" + id).query();
      return n.localToScene(n.getLayoutBounds());
    });
  }

  private boolean present(String id) throws Exception {
    return onFx(() -> robot.lookup("#" + id).tryQuery().isPresent());
  }

  private int links() throws Exception {
    return onFx(() -> robot.lookup(".flow-link").queryAll().size());
  }

  private void type(String field, String text) {
    robot.doubleClickOn("#" + field).eraseText(8).write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void crossStitchDrawsOneUnitAcrossTheTowersAfterEachLayer() throws Exception {
    robot.clickOn("#sharingCross-stitch");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(Sharing.CROSS_STITCH);
    assertThat(present("stitch-1") && present("stitch-2")).isTrue();
    assertThat(present("stitch-3")).isFalse();
    Bounds firstY1 = bounds("tower-y1");
    Bounds firstY2 = bounds("tower-y2");
    Bounds unit1 = bounds("stitch-1");
    Bounds secondY1 = bounds("tower-y1-2");
    Bounds unit2 = bounds("stitch-2");
    Bounds head = bounds("head-y1");
    // between the towers' first and second layers, and across both towers
    assertThat(unit1.getMinY()).isGreaterThan(firstY1.getMaxY());
    assertThat(unit1.getMaxY()).isLessThan(secondY1.getMinY());
    assertThat(unit1.getMinX()).isLessThanOrEqualTo(firstY1.getMinX());
    assertThat(unit1.getMaxX()).isGreaterThanOrEqualTo(firstY2.getMaxX());
    assertThat(unit2.getMinY()).isGreaterThan(secondY1.getMaxY());
    assertThat(head.getMinY()).isGreaterThan(unit2.getMaxY());
    assertThat(firstY1.getWidth()).isCloseTo(firstY2.getWidth(), org.assertj.core.data.Offset.offset(1.0));
    // input→each tower 2, each tower into unit 1 and unit 2: 4, unit 1 into each tower 2, unit 2 into each head 2
    assertThat(links()).isEqualTo(10);
    assertThat(onFx(() -> robot.lookup("#tower-y1-2 .layer-row").<Label>query().getText())).isEqualTo("Dense 32 · relu");
    assertThat(onFx(() -> robot.lookup("#stitch-1 .stitch-title").<Label>query().getText()))
        .isEqualTo("⊗  Cross-stitch unit 1  ·  α 2×2");
    assertThat(onFx(() -> robot.lookup("#stitch-1 .stitch-note").<Label>query().getText())).isEqualTo("starts at αₖₖ = 0.9");
  }

  @Test
  void clickingAUnitEditsTheStartOfTheUnitsWithUndoAndALayerRowSelectsItsLayer() throws Exception {
    onFx(() -> editor.setSharing(Sharing.CROSS_STITCH));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#stitch-2");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.Scheme());
    assertThat(onFx(() -> robot.lookup("#inspect-self-weight").<TextField>query().getText())).isEqualTo("0.9");

    type("inspect-self-weight", "0.6");
    assertThat(onFx(() -> editor.draft().schemeSettings().crossStitch().selfWeight())).isEqualTo(0.6);
    assertThat(onFx(() -> robot.lookup("#stitch-1 .stitch-note").<Label>query().getText())).isEqualTo("starts at αₖₖ = 0.6");
    assertThat(onFx(() -> editor.toSpec().model().crossStitch().selfWeight())).isEqualTo(0.6);

    type("inspect-self-weight", "1.5");
    assertThat(onFx(() -> robot.lookup("#inspect-self-weight-error").<Label>query().getText()))
        .isEqualTo("model.crossStitch.selfWeight must be between 0 and 1, got 1.5");

    onFx(editor::undo);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> editor.draft().schemeSettings().crossStitch().selfWeight())).isEqualTo(0.9);
    assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(Sharing.CROSS_STITCH);

    robot.clickOn(onFx(() -> robot.lookup("#tower-y2-2 .layer-row").<Node>query()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.BackboneLayer(1));
  }

  @Test
  void mmoeDrawsItsExpertsOneGatePerTaskAndTheHeads() throws Exception {
    robot.clickOn("#sharingMMoE");
    WaitForAsyncUtils.waitForFxEvents();

    for (String id : List.of("expert-1", "expert-2", "expert-3", "expert-4", "gate-y1", "gate-y2", "head-y1", "head-y2")) {
      assertThat(present(id)).as(id).isTrue();
    }
    assertThat(present("backbone")).isFalse();
    assertThat(bounds("gate-y1").getMinY()).isGreaterThan(bounds("expert-1").getMaxY());
    assertThat(bounds("head-y1").getMinY()).isGreaterThan(bounds("gate-y1").getMaxY());
    assertThat(onFx(() -> robot.lookup("#expert-3 .layer-row").<Label>queryAll().stream().map(Label::getText).toList()))
        .containsExactly("Dense 64 · relu", "Dense 32 · relu");
    // input→4 experts, every expert→every gate 8, gate→head 2
    assertThat(links()).isEqualTo(14);
  }

  @Test
  void aGateEditsTheNumberOfExpertsAndTheDrawingFollowsAndUndoes() throws Exception {
    onFx(() -> editor.setSharing(Sharing.MMOE));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#gate-y2");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> robot.lookup("#inspect-experts").<TextField>query().getText())).isEqualTo("4");

    type("inspect-experts", "5");
    assertThat(present("expert-5")).isTrue();
    assertThat(present("moreExperts")).isFalse();

    type("inspect-experts", "12");
    assertThat(onFx(() -> editor.toSpec().model().mmoe().experts())).isEqualTo(12);
    for (String id : List.of("expert-1", "expert-2", "expert-3", "expert-12")) {
      assertThat(present(id)).as(id).isTrue();
    }
    assertThat(present("expert-4")).isFalse();
    assertThat(onFx(() -> robot.lookup("#moreExperts .label").<Label>query().getText())).isEqualTo("⋯  8 more");
    assertThat(onFx(() -> robot.lookup("#gate-y1 .layer-row").<Label>query().getText())).isEqualTo("softmax over 12 experts");

    type("inspect-experts", "0");
    assertThat(onFx(() -> robot.lookup("#inspect-experts-error").<Label>query().getText()))
        .isEqualTo("model.mmoe.experts must be between 1 and 64, got 0");

    onFx(editor::undo);
    onFx(editor::undo);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(present("expert-5")).isFalse();
    assertThat(present("expert-4")).isTrue();

    robot.clickOn(onFx(() -> robot.lookup("#expert-2 .layer-row").nth(1).<Node>query()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.BackboneLayer(1));
  }

  @Test
  void clickingATowerTitleUnderSoftSharingShowsLambdaAndThePenalty() throws Exception {
    onFx(() -> editor.setSharing(Sharing.SOFT));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn(onFx(() -> robot.lookup("#tower-y1 .block-title").<Node>query()));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> robot.lookup("#inspect-tie-strength").<TextField>query().getText())).isEqualTo("0.01");
    type("inspect-tie-strength", "0.5");
    assertThat(onFx(() -> editor.draft().lambda())).isEqualTo(0.5);
  }
}

package org.mtlworkbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtlworkbench.ui.canvas.CanvasRobot.onFx;
import static org.mtlworkbench.ui.canvas.CanvasRobot.settle;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;

/**
 * MTAN on Multi-LeNet (conv 10, pool, conv 20, pool, dense 50; tasks left and right): two shared
 * stages down the middle with an attention module per task beside each, the tail, the heads; and
 * every one of the eight schemes is a button of the selector whose click switches the drawing.
 */
class MtanDrawingTest {
  private final CanvasRobot fx = new CanvasRobot();
  private ExperimentEditor editor;

  @BeforeEach
  void show() throws Exception {
    editor = MultiLeNet.editor();
    fx.show(editor);
  }

  @AfterEach
  void close() throws Exception {
    CanvasRobot.close();
  }

  @Test
  void mtanDrawsOneAttentionModulePerTaskBesideEachStage() throws Exception {
    fx.click("sharingMTAN");
    assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(Sharing.MTAN);

    assertThat(fx.count("stage-block")).isEqualTo(2);
    assertThat(fx.count("attention-block")).isEqualTo(4);
    assertThat(fx.rows("stage-1")).containsExactly("Conv 10@5×5", "Max-pool 2×2 · relu");
    assertThat(fx.rows("tail")).containsExactly("Dense 50 · relu");
    // the modules' convolutions have the stage's channels, from the model's shapes
    assertThat(fx.rows("attention-left-1")).containsExactly("1×1 conv → 10 · relu", "1×1 conv → 10 · sigmoid",
        "mask ⊙ stage 1");
    assertThat(fx.rows("attention-right-2")).containsExactly("reads p2 and f2(â1)", "1×1 conv → 20 · relu",
        "1×1 conv → 20 · sigmoid", "mask ⊙ stage 2");
    // left's modules to the left of the backbone, right's to the right, each below its stage
    assertThat(fx.bounds("attention-left-1").getMaxX()).isLessThan(fx.bounds("stage-1").getMinX());
    assertThat(fx.bounds("attention-right-1").getMinX()).isGreaterThan(fx.bounds("stage-1").getMaxX());
    assertThat(fx.bounds("attention-left-1").getMinY()).isGreaterThan(fx.bounds("stage-1").getMaxY());
    assertThat(fx.bounds("stage-2").getMinY()).isGreaterThan(fx.bounds("stage-1").getMaxY());
    assertThat(fx.bounds("attention-left-2").getMinY()).isGreaterThan(fx.bounds("attention-left-1").getMaxY());
    assertThat(fx.bounds("attention-left-2").getMinY()).isGreaterThan(fx.bounds("stage-2").getMaxY());
    assertThat(fx.bounds("tail").getMinY()).isGreaterThan(fx.bounds("attention-right-2").getMaxY());
    assertThat(fx.bounds("head-left").getMinY()).isGreaterThan(fx.bounds("tail").getMaxY());
    // input → stage 1, stage 1 → stage 2, each stage → its 2 modules 4, module 1 → module 2 2,
    // last modules → tail 2, tail → heads 2
    assertThat(fx.links()).isEqualTo(12);
  }

  @Test
  void aModuleShowsTheStagesAndAnEditedStageChangesItsModulesWithUndo() throws Exception {
    onFx(() -> editor.setSharing(Sharing.MTAN));
    settle();
    fx.click("attention-right-1");
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.Scheme());
    assertThat(fx.field("stages")).isEqualTo("2");
    assertThat(fx.field("attention-modules")).isEqualTo("4");

    fx.robot.clickOn(onFx(() -> fx.robot.lookup("#stage-1 .layer-row").<javafx.scene.Node>query()));
    settle();
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.BackboneLayer(0));
    fx.type("filters", "16");
    assertThat(fx.rows("attention-left-1")).contains("1×1 conv → 16 · sigmoid");
    assertThat(onFx(() -> editor.toSpec().model().backbone().get(0).filters())).isEqualTo(16);

    fx.type("filters", "0");
    assertThat(fx.error("filters")).isNotEmpty().doesNotContain("\n").contains("filters");
    assertThat(onFx(() -> editor.draft().backbone().get(0).filters())).isEqualTo(16);

    onFx(editor::undo);
    settle();
    assertThat(fx.rows("attention-left-1")).contains("1×1 conv → 10 · sigmoid");
  }

  @Test
  void everySchemeIsAButtonAndItsClickSwitchesToItsOwnDrawing() throws Exception {
    Map<Sharing, String> marker = Map.of(Sharing.HARD, "backbone", Sharing.SOFT, "tower-left", Sharing.CROSS_STITCH,
        "stitch-1", Sharing.MMOE, "expert-4", Sharing.MTAN, "attention-left-1", Sharing.CGC, "experts-shared",
        Sharing.PLE, "level-1", Sharing.DSELECT_K, "selectors-left");
    List<Sharing> distinct = List.of(Sharing.HARD, Sharing.CROSS_STITCH, Sharing.MTAN, Sharing.CGC, Sharing.PLE,
        Sharing.DSELECT_K);
    assertThat(fx.count("sharing-button") + onFx(() -> fx.robot.lookup("#sharingSelector .sharing-button").queryAll().size()))
        .isEqualTo(Sharing.values().length);
    for (Sharing s : Sharing.values()) {
      fx.click("sharing" + SharingTips.label(s).replace(" ", ""));
      assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(s);
      assertThat(fx.present(marker.get(s))).as(s.id() + " draws " + marker.get(s)).isTrue();
      for (Sharing other : distinct) {
        if (other != s) {
          assertThat(fx.present(marker.get(other))).as(s.id() + " does not draw " + marker.get(other)).isFalse();
        }
      }
    }
  }
}

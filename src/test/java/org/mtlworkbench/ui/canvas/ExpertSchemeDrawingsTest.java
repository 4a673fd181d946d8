package org.mtlworkbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtlworkbench.ui.canvas.CanvasRobot.onFx;
import static org.mtlworkbench.ui.canvas.CanvasRobot.settle;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.CgcSpec;
import org.mtlworkbench.model.PleSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;

/**
 * CGC, PLE and DSelect-k on the correlated-high sample (dense 64 → dense 32, tasks y1, y2): each
 * drawn with its own parts — expert groups, levels with shared gates, k selectors per gate —
 * counted by style class and found by id; a click on a part opens the scheme's rows; an edit
 * there changes the spec and the drawing, a bad value is one line, undo restores.
 */
class ExpertSchemeDrawingsTest {
  private final CanvasRobot fx = new CanvasRobot();
  private ExperimentEditor editor;

  @BeforeEach
  void show() throws Exception {
    editor = CanvasRobot.correlatedHigh();
    fx.show(editor);
  }

  @AfterEach
  void close() throws Exception {
    CanvasRobot.close();
  }

  @Test
  void cgcDrawsSharedExpertsEachTasksOwnAndOneGatePerTask() throws Exception {
    fx.click("sharingCGC");
    assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(Sharing.CGC);

    // defaults: 2 shared, 1 of each task's own
    assertThat(fx.count("expert-block")).isEqualTo(4);
    for (String id : List.of("experts-shared", "expert-shared-1", "expert-shared-2", "experts-y1", "expert-y1-1",
        "experts-y2", "expert-y2-1", "gate-y1", "gate-y2", "head-y1", "head-y2")) {
      assertThat(fx.present(id)).as(id).isTrue();
    }
    assertThat(fx.present("shared-gate")).isFalse();
    assertThat(fx.count("gate-block")).isEqualTo(2);
    // the shared group between the tasks' own, the gates below the experts, the heads below the gates
    assertThat(fx.bounds("experts-y1").getMaxX()).isLessThan(fx.bounds("experts-shared").getMinX());
    assertThat(fx.bounds("experts-shared").getMaxX()).isLessThan(fx.bounds("experts-y2").getMinX());
    assertThat(fx.bounds("gate-y1").getMinY()).isGreaterThan(fx.bounds("expert-y1-1").getMaxY());
    assertThat(fx.bounds("head-y1").getMinY()).isGreaterThan(fx.bounds("gate-y1").getMaxY());
    assertThat(fx.rows("expert-y2-1")).containsExactly("Dense 64 · relu", "Dense 32 · relu");
    assertThat(fx.text("#gate-y1 .layer-row")).isEqualTo("softmax over 3 experts");
    // input → 4 experts; each gate reads the 2 shared and its own 1: 6; gate → head 2
    assertThat(fx.links()).isEqualTo(12);
  }

  @Test
  void aCgcGateEditsTheExpertsWithOneLineForABadValueAndUndo() throws Exception {
    onFx(() -> editor.setSharing(Sharing.CGC));
    settle();
    fx.click("gate-y2");
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.Scheme());
    assertThat(fx.field("shared-experts")).isEqualTo("2");
    assertThat(fx.field("experts-per-task")).isEqualTo("1");

    fx.type("shared-experts", "3");
    assertThat(onFx(() -> editor.toSpec().model().cgc())).isEqualTo(new CgcSpec(3, 1));
    assertThat(fx.present("expert-shared-3")).isTrue();
    assertThat(fx.count("expert-block")).isEqualTo(5);

    fx.type("experts-per-task", "0");
    assertThat(fx.present("experts-y1")).isFalse();
    assertThat(fx.count("expert-block")).isEqualTo(3);

    fx.type("shared-experts", "65");
    assertThat(fx.error("shared-experts")).isEqualTo("model.cgc.sharedExperts must be between 1 and 64, got 65");
    assertThat(onFx(() -> editor.draft().schemeSettings().cgc())).isEqualTo(new CgcSpec(3, 0));

    onFx(editor::undo);
    onFx(editor::undo);
    settle();
    assertThat(onFx(() -> editor.draft().schemeSettings().cgc())).isEqualTo(new CgcSpec(2, 1));
    assertThat(fx.count("expert-block")).isEqualTo(4);
    onFx(editor::redo);
    settle();
    assertThat(onFx(() -> editor.draft().schemeSettings().cgc())).isEqualTo(new CgcSpec(3, 1));
  }

  @Test
  void pleDrawsOneFrameALevelWithTheSharedGateBetweenLevels() throws Exception {
    fx.click("sharingPLE");
    assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(Sharing.PLE);

    // two dense layers: two levels by default, each a CGC level over its own layer
    assertThat(fx.count("level-frame")).isEqualTo(2);
    assertThat(fx.count("expert-block")).isEqualTo(8);
    assertThat(fx.present("level1-shared-gate")).isTrue();
    assertThat(fx.present("level2-shared-gate")).isFalse();
    assertThat(fx.count("shared-gate-block")).isEqualTo(1);
    assertThat(fx.count("gate-block")).isEqualTo(5);
    assertThat(fx.rows("level1-expert-shared-2")).containsExactly("Dense 64 · relu");
    assertThat(fx.rows("level2-expert-y1-1")).containsExactly("Dense 32 · relu");
    assertThat(fx.text("#level1-shared-gate .layer-row")).isEqualTo("softmax over 4 experts");
    assertThat(fx.bounds("level-2").getMinY()).isGreaterThan(fx.bounds("level1-shared-gate").getMaxY());
    // level 1: input → 4 experts, gates read 3 + 3, shared gate 4 = 14; level 2: shared gate → 2 shared
    // experts, each task's gate → its expert = 4, gates 3 + 3 = 10; top gates → heads 2
    assertThat(fx.links()).isEqualTo(26);
  }

  @Test
  void aLevelsTitleEditsTheLevelsCheckedAgainstTheLayers() throws Exception {
    onFx(() -> editor.setSharing(Sharing.PLE));
    settle();
    robotClickLevelTitle(1);
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.Scheme());
    assertThat(fx.field("levels")).isEqualTo("2");

    fx.type("levels", "1");
    assertThat(fx.count("level-frame")).isEqualTo(1);
    assertThat(fx.present("level1-shared-gate")).isFalse();
    assertThat(onFx(() -> editor.toSpec().model().ple())).isEqualTo(new PleSpec(2, 1, 1));
    assertThat(fx.rows("level1-expert-shared-1")).containsExactly("Dense 64 · relu", "Dense 32 · relu");

    fx.type("levels", "3");
    assertThat(fx.error("levels"))
        .isEqualTo("model.ple.levels is 3 but model.backbone has 2 dense or conv layers: each level needs at least one");
    assertThat(fx.count("level-frame")).isEqualTo(1);

    onFx(editor::undo);
    settle();
    assertThat(fx.count("level-frame")).isEqualTo(2);
    assertThat(onFx(() -> editor.draft().schemeSettings().ple().levels())).isNull();
  }

  private void robotClickLevelTitle(int level) throws Exception {
    fx.robot.clickOn(onFx(() -> fx.robot.lookup("#level-" + level + " .level-title").<javafx.scene.Node>query()));
    settle();
  }

  @Test
  void dselectKDrawsKSelectorsInEachGateAndItsRowsEditNKAndGamma() throws Exception {
    fx.click("sharingDSelect-k");
    assertThat(onFx(() -> editor.draft().sharing())).isEqualTo(Sharing.DSELECT_K);

    assertThat(fx.count("expert-block")).isEqualTo(4);
    assertThat(fx.count("selector-gate")).isEqualTo(2);
    assertThat(fx.count("selector-chip")).isEqualTo(4); // k = 2 selectors in each of 2 gates
    assertThat(fx.present("selector-y2-2")).isTrue();
    assertThat(fx.text("#gate-y1 .layer-row")).isEqualTo("k = 2 of 4 experts  ·  γ 1");
    assertThat(fx.present("experts-shared")).isFalse();
    // input → 4 experts, every expert → every gate 8, gate → head 2
    assertThat(fx.links()).isEqualTo(14);

    fx.click("selector-y2-1");
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.Scheme());
    assertThat(fx.field("k")).isEqualTo("2");
    fx.type("k", "3");
    assertThat(fx.count("selector-chip")).isEqualTo(6);
    assertThat(onFx(() -> editor.toSpec().model().dselectK().k())).isEqualTo(3);

    fx.type("k", "5");
    assertThat(fx.error("k")).isEqualTo("model.dselectK.k must be between 1 and model.dselectK.experts (4), got 5");
    fx.type("gamma", "0");
    assertThat(fx.error("gamma")).isEqualTo("model.dselectK.gamma must be a number > 0, got 0.0");
    fx.type("gamma", "0.5");
    assertThat(fx.error("gamma")).isEmpty();
    assertThat(fx.text("#gate-y2 .layer-row")).isEqualTo("k = 3 of 4 experts  ·  γ 0.5");

    onFx(editor::undo);
    onFx(editor::undo);
    settle();
    assertThat(onFx(() -> editor.draft().schemeSettings().dselectK().k())).isEqualTo(2);
    assertThat(onFx(() -> editor.draft().schemeSettings().dselectK().gamma())).isEqualTo(1.0);
    assertThat(fx.count("selector-chip")).isEqualTo(4);
  }
}

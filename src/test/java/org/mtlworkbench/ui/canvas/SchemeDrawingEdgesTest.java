package org.mtlworkbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtlworkbench.ui.canvas.CanvasRobot.onFx;
import static org.mtlworkbench.ui.canvas.CanvasRobot.settle;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.CgcSpec;
import org.mtlworkbench.model.DSelectKSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.PleSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The drawings while the model is being built or is large: no task yet, no backbone layer, many
 * experts (folded), many selectors; every scheme draws something (no exception reaches the FX
 * thread: {@code FxThreadExceptions} fails the test) and the drop hint while there is no task.
 */
class SchemeDrawingEdgesTest {
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
  void everySchemeDrawsWithoutTasksAndWithoutLayers() throws Exception {
    onFx(() -> editor.edit(null, d -> d.withTasks(List.of())));
    for (Sharing s : Sharing.values()) {
      onFx(() -> editor.setSharing(s));
      settle();
      assertThat(fx.present("dropHint")).as(s.id() + " without tasks").isTrue();
    }
    onFx(() -> editor.edit(null, d -> d.withBackbone(List.of())));
    for (Sharing s : Sharing.values()) {
      onFx(() -> editor.setSharing(s));
      settle();
      assertThat(fx.present("dropHint")).as(s.id() + " without layers").isTrue();
    }
    assertThat(onFx(() -> editor.problems())).isNotEmpty();
  }

  @Test
  void manyExpertsAreFoldedInEveryGroupAndLevel() throws Exception {
    onFx(() -> editor.setSharing(Sharing.PLE));
    onFx(() -> editor.setSchemes(m -> m.withPle(new PleSpec(20, 5, null))));
    settle();
    // per level: shared 2 drawn + "17 more" + the last; each task 1 drawn + "3 more" + the last
    assertThat(fx.count("more-experts")).isEqualTo(6);
    assertThat(fx.count("expert-block")).isEqualTo(2 * (4 + 2 * 3));
    assertThat(fx.text("#level1-more-shared .label")).isEqualTo("⋯  17 more");
    assertThat(fx.present("level2-expert-y2-5")).isTrue();
    assertThat(fx.text("#level1-shared-gate .layer-row")).isEqualTo("softmax over 30 experts");

    onFx(() -> editor.setSharing(Sharing.CGC));
    onFx(() -> editor.setSchemes(m -> m.withCgc(new CgcSpec(1, 0))));
    settle();
    assertThat(fx.count("expert-block")).isEqualTo(1);
    assertThat(fx.text("#gate-y1 .layer-row")).isEqualTo("softmax over 1 expert");

    onFx(() -> editor.setSharing(Sharing.DSELECT_K));
    onFx(() -> editor.setSchemes(m -> m.withDSelectK(new DSelectKSpec(40, 9, null, null))));
    settle();
    assertThat(fx.present("moreExperts")).isTrue();
    assertThat(fx.count("selector-chip")).isEqualTo(2 * DSelectKDrawing.CHIPS); // s₁ s₂ s₃ and "+6" per gate
    assertThat(onFx(() -> fx.robot.lookup("#selectors-y1 .selector-chip").<javafx.scene.control.Label>queryAll().stream()
        .map(javafx.scene.control.Label::getText).toList())).containsExactly("s₁", "s₂", "s₃", "+6");
  }

  @Test
  void mtanWithoutConvLayersDrawsTheBackboneAndSaysWhy() throws Exception {
    onFx(() -> editor.setSharing(Sharing.MTAN));
    settle();
    assertThat(fx.count("attention-block")).isZero();
    assertThat(fx.rows("tail")).containsExactly("Dense 64 · relu", "Dense 32 · relu");
    assertThat(onFx(() -> editor.problems())).anySatisfy(p -> assertThat(p).contains("mtan"));
    onFx(() -> editor.edit(null, d -> d.withBackbone(List.of(LayerSpec.of(8)))));
    settle();
    assertThat(fx.rows("tail")).containsExactly("Dense 8 · relu");
  }
}

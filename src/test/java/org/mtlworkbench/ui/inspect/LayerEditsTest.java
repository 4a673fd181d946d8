package org.mtlworkbench.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.ui.canvas.MultiLeNet;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/** Inspector edits of conv and pooling layers on the Multi-LeNet: validated, shape-checked, undoable. */
class LayerEditsTest {
  private final ExperimentEditor editor = MultiLeNet.editor();
  private final LayerEdits firstConv = new LayerEdits(editor, true, 0);
  private final LayerEdits secondConv = new LayerEdits(editor, true, 2);

  private LayerSpec backbone(int i) {
    return editor.draft().backbone().get(i);
  }

  @Test
  void filtersChangeKeepsTheConvAndItsOutputFollows() {
    assertThat(firstConv.output(editor.draft())).isEqualTo("10×24×24");

    assertThat(firstConv.set("filters", 16)).isTrue();

    assertThat(backbone(0)).isEqualTo(new LayerSpec(LayerSpec.CONV, null, 16, 5, 1, 0, null, "none", 0.0));
    // 16 filters over (28 − 5 + 1)² positions
    assertThat(firstConv.output(editor.draft())).isEqualTo("16×24×24");
    // and the draft still runs: the image shape came along
    assertThat(editor.problems()).isEmpty();
    assertThat(editor.toSpec().model().inputShape()).containsExactly(1, 28, 28);
  }

  @Test
  void strideAndPaddingChangeTheOutputAsWorkedOut() {
    assertThat(firstConv.set("stride", 2)).isTrue();
    assertThat(firstConv.set("padding", 2)).isTrue();
    // (28 + 2·2 − 5)/2 + 1 = 27/2 + 1 = 13 + 1 = 14
    assertThat(firstConv.output(editor.draft())).isEqualTo("10×14×14");
  }

  @Test
  void badValuesAreRefusedWithOneLineAndChangeNothing() {
    assertThat(firstConv.set("filters", 0)).isFalse();
    assertThat(editor.lastErrorProperty().get()).isEqualTo("a conv layer needs \"filters\" ≥ 1, got 0");

    // the second conv slides over 10×12×12 (after the first pool): a 13×13 window cannot
    assertThat(secondConv.set("kernel", 13)).isFalse();
    assertThat(editor.lastErrorProperty().get()).isEqualTo("Backbone layer 3: a 13×13 kernel does not fit its 10×12×12 input");
    assertThat(editor.lastErrorProperty().get()).doesNotContain("\n");
    assertThat(backbone(2).kernel()).isEqualTo(5);
    assertThat(editor.canUndoProperty().get()).isFalse();
  }

  @Test
  void aKernelThatFitsButStarvesTheNextPoolIsAcceptedAndFlaggedDownstream() {
    // 12×12 with a 12×12 kernel → 20×1×1; the 2×2 pool after it no longer fits
    assertThat(secondConv.set("kernel", 12)).isTrue();
    assertThat(secondConv.output(editor.draft())).isEqualTo("20×1×1");
    assertThat(new LayerEdits(editor, true, 3).output(editor.draft())).isEqualTo("?");
    assertThat(editor.problems()).anyMatch(p -> p.contains("model.backbone[3]"));
  }

  @Test
  void everyCommittedValueIsItsOwnUndoStep() {
    firstConv.set("filters", 16);
    firstConv.set("kernel", 3);

    assertThat(editor.undo()).isTrue();
    assertThat(backbone(0).filters()).isEqualTo(16);
    assertThat(backbone(0).kernel()).isEqualTo(5);
    assertThat(editor.undo()).isTrue();
    assertThat(backbone(0).filters()).isEqualTo(10);
    assertThat(editor.redo()).isTrue();
    assertThat(backbone(0).filters()).isEqualTo(16);
  }

  @Test
  void aPoolWhoseStrideWasItsWindowKeepsThatTie() {
    LayerEdits pool = new LayerEdits(editor, true, 1);
    assertThat(pool.set("pool", 3)).isTrue();
    assertThat(backbone(1).stride()).isEqualTo(3);
    // (24 − 3)/3 + 1 = 7 + 1 = 8
    assertThat(pool.output(editor.draft())).isEqualTo("10×8×8");

    assertThat(pool.set("stride", 1)).isTrue();
    assertThat(pool.set("pool", 2)).isTrue();
    assertThat(backbone(1).stride()).isEqualTo(1);
    // (24 − 2)/1 + 1 = 23
    assertThat(pool.output(editor.draft())).isEqualTo("10×23×23");
  }

  @Test
  void retypingGivesAFreshLayerOfTheNewType() {
    LayerEdits dense = new LayerEdits(editor, true, 4);
    assertThat(dense.retype(LayerSpec.FLATTEN)).isTrue();
    assertThat(backbone(4).type()).isEqualTo(LayerSpec.FLATTEN);
    // 20×4×4 flattened
    assertThat(dense.output(editor.draft())).isEqualTo("320");

    LayerEdits headLayer = new LayerEdits(editor, false, 0);
    // the head receives flat values: a conv there is refused
    assertThat(headLayer.retype(LayerSpec.CONV)).isFalse();
    assertThat(editor.lastErrorProperty().get()).isEqualTo("Head layer 1: a conv layer needs an image input, but it receives 320 flat values");
  }
}

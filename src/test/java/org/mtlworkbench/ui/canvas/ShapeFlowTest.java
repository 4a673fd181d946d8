package org.mtlworkbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.model.LayerShapes;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.ui.edit.ExperimentDraft;

/** Shapes the canvas shows, worked out by hand with ⌊(n + 2p − k)/s⌋ + 1 positions per side. */
class ShapeFlowTest {
  static final Path MULTI_LENET = Path.of("sample-datasets/multi-fashion/experiment.json");

  private static List<String> outputs(List<LayerShapes.Step> steps) {
    return steps.stream().map(s -> String.valueOf(s.output())).toList();
  }

  @Test
  void multiLeNetOfTheSampleExperimentFlowsFromTheImageToTheHeads() {
    ExperimentDraft d = ExperimentDraft.fromSpec(ExperimentFiles.read(MULTI_LENET));
    // 28×28 = 784 features per row, as the multi-fashion generator writes them.
    ShapeFlow flow = ShapeFlow.of(d.inputShape(), 784L, d.backbone(), d.head());

    assertThat(flow.input()).hasToString("1×28×28");
    assertThat(flow.inputProblem()).isNull();
    // conv 10@5×5:   (28 − 5)/1 + 1 = 24            → 10×24×24
    // pool 2×2, s 2: (24 − 2)/2 + 1 = 12            → 10×12×12
    // conv 20@5×5:   (12 − 5)/1 + 1 = 8             → 20×8×8
    // pool 2×2, s 2: (8 − 2)/2 + 1 = 4              → 20×4×4 = 320 values
    // dense 50 flattens the 320 values              → 50
    assertThat(outputs(flow.backbone())).containsExactly("10×24×24", "10×12×12", "20×8×8", "20×4×4", "50");
    assertThat(flow.backbone().get(4).input().width()).isEqualTo(20 * 4 * 4);
    // each head: dense 50 on the 50-wide representation → 50
    assertThat(outputs(flow.head())).containsExactly("50");
    assertThat(flow.firstProblem()).isEmpty();

    assertThat(flow.backbone()).extracting(s -> LayerLabels.text(s.layer(), s.input()))
        .containsExactly("Conv 10@5×5", "Max-pool 2×2 · relu", "Conv 20@5×5", "Max-pool 2×2 · relu", "Dense 50 · relu");
    assertThat(flow.backbone()).extracting(LayerLabels::shape)
        .containsExactly("→ 10×24×24", "→ 10×12×12", "→ 20×8×8", "→ 20×4×4", "flattens 320 → 50");
  }

  @Test
  void strideAndPaddingAndAnExplicitFlatten() {
    List<LayerSpec> backbone = List.of(
        new LayerSpec(LayerSpec.CONV, null, 8, 3, 2, 1, null, null, null),
        new LayerSpec(LayerSpec.MAXPOOL, null, null, null, 2, null, 3, null, null),
        new LayerSpec(LayerSpec.FLATTEN, null, null, null, null, null, null, null, null),
        LayerSpec.of(10));
    ShapeFlow flow = ShapeFlow.of(List.of(3, 32, 32), 3L * 32 * 32, backbone, List.of());

    // conv 8@3×3 stride 2 pad 1: (32 + 2 − 3)/2 + 1 = 15 + 1 = 16 → 8×16×16
    // pool 3×3 stride 2:         (16 − 3)/2 + 1 = 6 + 1 = 7      → 8×7×7
    // flatten: 8·7·7 = 392; dense 10 → 10
    assertThat(outputs(flow.backbone())).containsExactly("8×16×16", "8×7×7", "392", "10");
    assertThat(flow.backbone()).extracting(s -> LayerLabels.text(s.layer(), s.input()))
        .containsExactly("Conv 8@3×3 stride 2 pad 1 · relu", "Max-pool 3×3 stride 2", "Flatten → 392", "Dense 10 · relu");
    // the flatten's size is in its label; the dense after it receives flat values
    assertThat(flow.backbone()).extracting(LayerLabels::shape).containsExactly("→ 8×16×16", "→ 8×7×7", "", "");
  }

  @Test
  void aKernelLargerThanItsInputIsFlaggedAndLaterShapesAreUnknown() {
    // 1×12×12 → conv 5: 8×8 → pool 2: 4×4 → conv 5×5 no longer fits 4×4
    List<LayerSpec> backbone = List.of(LayerSpec.conv(4, 5, "relu"), LayerSpec.maxPool(2, null),
        LayerSpec.conv(4, 5, "relu"), LayerSpec.of(10));
    ShapeFlow flow = ShapeFlow.of(List.of(1, 12, 12), null, backbone, List.of(LayerSpec.of(5)));

    assertThat(outputs(flow.backbone())).containsExactly("4×8×8", "4×4×4", "null", "null");
    assertThat(flow.backbone().get(2).problem()).isEqualTo("a 5×5 kernel does not fit its 4×4×4 input");
    assertThat(flow.backbone().get(3).fits()).isTrue();
    assertThat(flow.head().get(0).output()).isNull();
    assertThat(LayerLabels.shape(flow.backbone().get(2))).isEqualTo("⚠ misfit");
    assertThat(flow.firstProblem()).contains("backbone layer 3: a 5×5 kernel does not fit its 4×4×4 input");
  }

  @Test
  void convolutionOnFlatValuesIsFlaggedInTheBackboneAndInTheHead() {
    // no inputShape: rows are flat, so the conv misfits even before the data's width is known
    ShapeFlow unknownWidth = ShapeFlow.of(null, null, List.of(LayerSpec.conv(4, 3, null)), List.of());
    assertThat(unknownWidth.backbone().get(0).problem()).isEqualTo("a conv layer needs an image input, but it receives flat values");

    // an image, but a dense layer flattens it before the head's pooling
    ShapeFlow afterDense = ShapeFlow.of(List.of(1, 8, 8), 64L, List.of(LayerSpec.of(16)), List.of(LayerSpec.maxPool(2, null)));
    assertThat(afterDense.head().get(0).problem()).isEqualTo("a maxpool layer needs an image input, but it receives 16 flat values");
    assertThat(afterDense.firstProblem()).contains("head layer 1: a maxpool layer needs an image input, but it receives 16 flat values");
  }

  @Test
  void anImageThatDoesNotHoldTheDataFeaturesIsFlaggedAtTheInput() {
    // 1·28·28 = 784 ≠ 780
    ShapeFlow flow = ShapeFlow.of(List.of(1, 28, 28), 780L, List.of(LayerSpec.conv(4, 5, null)), List.of());
    assertThat(flow.inputProblem()).isEqualTo("input 1×28×28 holds 784 values but the data has 780 features");
    assertThat(flow.backbone().get(0).output()).isNull();
    assertThat(flow.firstProblem()).contains(flow.inputProblem());
  }
}

package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtlworkbench.nn.Conv2D;
import org.mtlworkbench.nn.Dense;
import org.mtlworkbench.nn.Layer;
import org.mtlworkbench.nn.MaxPool2D;
import org.mtlworkbench.ui.canvas.LayerLabels;
import org.mtlworkbench.ui.canvas.ShapeFlow;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What the canvas draws is what the engine builds: for dense and convolutional models under every
 * sharing scheme, the shapes the canvas shows beside each layer ({@link ShapeFlow}, {@link
 * LayerLabels}) equal those of the real layers in the built model's trunk copies (backbone, towers,
 * cross-stitch blocks, experts of every mixture and level, MTAN's stages and each task's copy of the
 * tail) and heads.
 */
class CanvasShapesAgreeTest {
  private static final List<LayerSpec> DENSE_BACKBONE = List.of(LayerSpec.of(5), LayerSpec.of(3));
  private static final List<LayerSpec> CONV_BACKBONE = List.of(
      new LayerSpec(LayerSpec.CONV, null, 4, 3, 1, 1, null, null, null),
      LayerSpec.maxPool(2, null),
      new LayerSpec(LayerSpec.CONV, null, 6, 3, 2, null, null, null, null),
      new LayerSpec(LayerSpec.FLATTEN, null, null, null, null, null, null, null, null),
      LayerSpec.of(8));
  private static final List<LayerSpec> CONV_HEAD_ON_IMAGE = List.of(LayerSpec.conv(2, 3, null), LayerSpec.of(4));

  static List<Arguments> models() {
    List<Arguments> all = new ArrayList<>();
    for (Sharing sharing : Sharing.values()) {
      if (sharing != Sharing.MTAN) { // MTAN needs images (ModelSpecTest checks the message)
        all.add(Arguments.of(sharing, null, 6L, DENSE_BACKBONE, List.of(LayerSpec.of(4))));
      }
      // 1×12×12 → conv 4@3×3 pad 1 → 4×12×12 → pool 2 → 4×6×6 → conv 6@3×3 stride 2 → 6×2×2 → 24 → 8
      all.add(Arguments.of(sharing, List.of(1, 12, 12), 144L, CONV_BACKBONE, List.of(LayerSpec.of(4))));
      // the backbone passes an image on: the head convolves it, then a dense layer flattens it
      all.add(Arguments.of(sharing, List.of(2, 8, 8), 128L, List.of(LayerSpec.conv(3, 3, "relu")), CONV_HEAD_ON_IMAGE));
    }
    return all;
  }

  @ParameterizedTest(name = "{0}, input {1}, backbone {3}")
  @MethodSource("models")
  void theCanvasShowsTheShapesOfTheBuiltLayers(
      Sharing sharing, List<Integer> inputShape, long features, List<LayerSpec> backbone, List<LayerSpec> head) {
    ModelSpec spec = new ModelSpec(sharing.id(), backbone, head, null, inputShape);
    List<Task> tasks = ModelFixtures.tasks();
    MtlModel model = ModelFactory.build(spec, tasks, features, 3, DataType.DOUBLE);
    ShapeFlow flow = ShapeFlow.of(inputShape, features, backbone, head);
    assertThat(flow.firstProblem()).isEmpty();

    List<List<Layer>> trunks = trunks(model, tasks.size());
    assertThat(trunks).isNotEmpty();
    for (List<Layer> trunk : trunks) {
      assertAgree(flow.backbone(), trunk, List.of());
    }
    List<TaskHead> heads = ((ModelBase) model).heads;
    for (int k = 0; k < tasks.size(); k++) {
      // the head's last layer is the task's output layer, which the canvas does not draw
      assertAgree(flow.head(), heads.get(k).net().layers(), List.of(String.valueOf(tasks.get(k).outputWidth())));
    }
  }

  /** The built layers' shapes in order, against the canvas's steps (flatten steps aside: a flatten is implicit before a dense layer). */
  private static void assertAgree(List<LayerShapes.Step> canvas, List<Layer> built, List<String> extra) {
    List<String> shown = new ArrayList<>();
    List<Long> denseInputs = new ArrayList<>();
    for (LayerShapes.Step s : canvas) {
      if (s.layer().type().equals(LayerSpec.FLATTEN)) {
        continue;
      }
      shown.add(s.output().toString());
      if (s.layer().type().equals(LayerSpec.DENSE)) {
        denseInputs.add(s.input().width());
      } else {
        assertThat(LayerLabels.shape(s)).isEqualTo("→ " + s.output());
      }
    }
    shown.addAll(extra);
    List<String> real = new ArrayList<>();
    List<Long> realDenseInputs = new ArrayList<>();
    for (Layer l : built) {
      if (l instanceof Conv2D c) {
        real.add(c.outputShape().toString());
      } else if (l instanceof MaxPool2D p) {
        real.add(p.outputShape().toString());
      } else if (l instanceof Dense d) {
        real.add(Long.toString(d.outputSize()));
        realDenseInputs.add(d.inputSize());
      }
    }
    assertThat(real).isEqualTo(shown);
    assertThat(realDenseInputs.subList(0, denseInputs.size())).isEqualTo(denseInputs);
  }

  /** Every copy of the shared trunk the scheme builds, as its layers in order. */
  private static List<List<Layer>> trunks(MtlModel model, int tasks) {
    MtlModel m = model;
    List<List<Layer>> out = new ArrayList<>();
    if (m instanceof HardSharingModel hard) {
      out.add(hard.backbone().layers());
    } else if (m instanceof SoftSharingModel soft) {
      soft.towers().forEach(t -> out.add(t.layers()));
    } else if (m instanceof CrossStitchModel stitch) {
      for (int k = 0; k < tasks; k++) {
        out.add(stitch.tower(k).stream().flatMap(b -> b.layers().stream()).toList());
      }
    } else if (m instanceof ExpertModel experts) {
      out.addAll(experts.expertChains());
    } else if (m instanceof MtanModel mtan) {
      List<Layer> stages = mtan.stages().stream().flatMap(s -> s.layers().stream()).toList();
      if (mtan.tails().isEmpty()) {
        out.add(stages);
      }
      for (var tail : mtan.tails()) {
        List<Layer> all = new ArrayList<>(stages);
        all.addAll(tail.layers());
        out.add(all);
      }
    }
    return out;
  }
}

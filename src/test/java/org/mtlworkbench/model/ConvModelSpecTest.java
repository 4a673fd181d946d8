package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.nn.GradientCheck;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class ConvModelSpecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sener & Koltun's Multi-LeNet as experiment files write it. */
  static ModelSpec multiLeNet() {
    return new ModelSpec("hard",
        List.of(LayerSpec.conv(10, 5, "none"), LayerSpec.maxPool(2, "relu"),
            LayerSpec.conv(20, 5, "none"), LayerSpec.maxPool(2, "relu"), LayerSpec.of(50)),
        List.of(LayerSpec.of(50)), null, List.of(1, 28, 28));
  }

  @Test
  void layerTypeDefaultsToDenseSoFilesWithoutItStayValid() throws Exception {
    LayerSpec old = JSON.readValue("{\"units\": 8, \"activation\": \"tanh\"}", LayerSpec.class);
    assertThat(old).isEqualTo(new LayerSpec(8, "tanh", 0.0));
    assertThat(old.type()).isEqualTo("dense");
    ModelSpec model = JSON.readValue("{\"backbone\": [{\"units\": 8}]}", ModelSpec.class);
    assertThat(model.inputShape()).isNull();
    assertThat(JSON.writeValueAsString(old)).isEqualTo("{\"type\":\"dense\",\"units\":8,\"activation\":\"tanh\",\"dropout\":0.0}");
  }

  @Test
  void convAndPoolTakeTheirDefaults() throws Exception {
    LayerSpec conv = JSON.readValue("{\"type\": \"conv\", \"filters\": 10, \"kernel\": 5}", LayerSpec.class);
    assertThat(conv).isEqualTo(new LayerSpec("conv", null, 10, 5, 1, 0, null, "relu", 0.0));
    LayerSpec pool = JSON.readValue("{\"type\": \"maxpool\"}", LayerSpec.class);
    assertThat(pool).isEqualTo(new LayerSpec("maxpool", null, null, null, 2, null, 2, "none", 0.0));
    assertThat(JSON.readValue("{\"type\": \"maxpool\", \"pool\": 3}", LayerSpec.class).stride()).isEqualTo(3);
  }

  @Test
  void fieldsOfAnotherTypeAndMissingFieldsAreInputErrors() {
    assertThatThrownBy(() -> new LayerSpec("dense", 4, null, 3, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessage("a dense layer has no \"kernel\"");
    assertThatThrownBy(() -> new LayerSpec("conv", null, 4, null, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessage("a conv layer needs \"kernel\" ≥ 1, got null");
    assertThatThrownBy(() -> new LayerSpec("maxpool", null, null, null, null, null, 0, null, null))
        .isInstanceOf(InputException.class).hasMessage("a maxpool layer needs \"pool\" ≥ 1, got 0");
    assertThatThrownBy(() -> new LayerSpec("lstm", 4, null, null, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("got \"lstm\"");
  }

  @Test
  void shapeMistakesAreReportedWithTheLayersPath() {
    assertThatThrownBy(() -> new ModelSpec(null, List.of(LayerSpec.conv(4, 3, null)), null, null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("model.backbone[0]: a conv layer needs an image input")
        .hasMessageContaining("model.inputShape");
    assertThatThrownBy(() -> new ModelSpec(null, List.of(LayerSpec.of(4), LayerSpec.maxPool(2, null)), null, null, List.of(1, 4, 4)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("model.backbone[1]: a maxpool layer needs an image input");
    assertThatThrownBy(() -> new ModelSpec(null, List.of(LayerSpec.conv(4, 7, null)), null, null, List.of(1, 6, 6)))
        .isInstanceOf(InputException.class)
        .hasMessage("model.backbone[0]: a 7×7 kernel does not fit its 1×6×6 input");
    assertThatThrownBy(() -> new ModelSpec(null, List.of(LayerSpec.of(4)), null, null, List.of(1, 0, 6)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("model.inputShape must be [channels, height, width]");
    ModelSpec ok = new ModelSpec(null, List.of(LayerSpec.conv(2, 3, null)), null, null, List.of(1, 6, 6));
    assertThatThrownBy(() -> ModelFactory.build(ok, ModelFixtures.tasks(), 35, 1, DataType.FLOAT))
        .isInstanceOf(InputException.class)
        .hasMessage("model.inputShape: [1, 6, 6] holds 36 values per row but the data has 35 features");
  }

  /**
   * Parameters by hand: conv1 10·1·25 + 10 = 260; conv2 20·10·25 + 20 = 5020; the map after the
   * second pool is 20×4×4 = 320 wide, dense 320·50 + 50 = 16050; backbone 21330. Each head: dense
   * 50·50 + 50 = 2550 and output 50·10 + 10 = 510, so 3060.
   */
  @Test
  void multiLeNetHasThePapersShapes() {
    List<Task> tasks = List.of(
        new Task("left", "left", TaskType.MULTICLASS, 10, List.of(), "cross-entropy", "accuracy"),
        new Task("right", "right", TaskType.MULTICLASS, 10, List.of(), "cross-entropy", "accuracy"));
    MtlModel model = ModelFactory.build(multiLeNet(), tasks, 784, 1, DataType.FLOAT);
    assertThat(model.sharedParameterCount()).isEqualTo(21330);
    assertThat(model.parameters().length()).isEqualTo(21330 + 2 * 3060);
  }

  /** Conv in the backbone and a pooling layer in each head, on the 4-feature fixture read as 1×2×2. */
  static ModelSpec tinyConvSpec(String sharing) {
    return new ModelSpec(sharing,
        List.of(new LayerSpec("conv", null, 3, 1, null, null, null, "tanh", null)),
        List.of(LayerSpec.maxPool(2, "none"), LayerSpec.of(2)),
        new SoftSharingSpec(0.2), List.of(1, 2, 2));
  }

  @ParameterizedTest(name = "{0} sharing")
  @CsvSource({"hard", "soft"})
  void convModelGradientsMatchFiniteDifferences(String sharing) {
    MtlModel model = ModelFactory.build(tinyConvSpec(sharing), ModelFixtures.tasks(), ModelFixtures.INPUT, 5, DataType.DOUBLE);
    Batch batch = ModelFixtures.batch(4, true);
    model.forward(batch, true);
    model.backwardCombined(new double[] {1, 1, 1});
    model.addRegularization();
    INDArray fused = model.gradient().dup();
    GradientCheck.Result r = GradientCheck.check(model.parameters(), fused,
        p -> ModelFixtures.sum(model.forward(batch, true)) + model.addRegularization());
    assertThat(r.maxRelativeError()).as("%s", r).isLessThan(1e-6);

    model.forward(batch, true);
    model.backwardPerTask();
    INDArray rows = model.taskGradients().dup();
    long p = model.sharedParameterCount();
    for (int k = 0; k < 3; k++) {
      int task = k;
      long offset = sharing.equals("hard") ? 0 : k * p;
      INDArray shared = model.parameters().get(NDArrayIndex.interval(offset, offset + p));
      GradientCheck.Result rk = GradientCheck.check(shared, rows.getRow(k), q -> model.forward(batch, true)[task]);
      assertThat(rk.maxRelativeError()).as("task %d: %s", k, rk).isLessThan(1e-6);
    }
  }
}

package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * MTAN on the small Multi-LeNet of {@link MultiLeNetGradientCheckTest} (two conv stages of 2
 * channels, a dense tail): how its parts are laid out, and that with every attention mask at 1 it
 * is hard sharing — the same losses and, on the backbone's layers, the same task rows.
 */
class MtanModelTest {
  private static MtanModel mtan() {
    return (MtanModel) ModelFactory.build(MultiLeNetGradientCheckTest.spec("mtan", "l2"), ModelFixtures.tasks(), 100, 3,
        DataType.DOUBLE);
  }

  /** Second 1×1 conv of every attention module: weights 0, biases 60, so σ = 1 exactly in double. */
  private static void openEveryMask(MtanModel model) {
    for (int k = 0; k < 3; k++) {
      long offset = 0;
      for (int j = 0; j < 2; j++) {
        Sequential module = model.attention(k, j);
        ParameterSegment second = module.parameterSegments().get(1);
        long channels = 2;
        INDArray own = model.privateParameters[k];
        own.get(NDArrayIndex.interval(offset + second.offset(), offset + second.end() - channels)).assign(0);
        own.get(NDArrayIndex.interval(offset + second.end() - channels, offset + second.end())).assign(60);
        offset += module.parameterCount();
      }
      assertThat(offset).isEqualTo(model.privateParameters[k].length());
    }
  }

  @Test
  void sharedRowIsTheFeatureCarrierThenTheBackboneAsHardSharingNamesIt() {
    MtanModel model = mtan();
    MtlModel hard = ModelFactory.build(MultiLeNetGradientCheckTest.spec("hard", "l2"), ModelFixtures.tasks(), 100, 3, DataType.DOUBLE);
    // f_2 is a copy of stage 2: conv 2@2×2 on 2 channels = 2·2·4 + 2 = 18 parameters
    List<String> names = model.sharedSegments().stream().map(ParameterSegment::name).toList();
    List<String> hardNames = hard.sharedSegments().stream().map(ParameterSegment::name).toList();
    assertThat(names.get(0)).isEqualTo("attention-features2/conv2d1");
    assertThat(names.subList(1, names.size())).isEqualTo(hardNames);
    assertThat(model.sharedParameterCount()).isEqualTo(18 + hard.sharedParameterCount());
    // each task's own: stage 1 module 1×1 convs 2→2, 2→2 (12); stage 2 module 4→2, 2→2 (16)
    for (int k = 0; k < 3; k++) {
      assertThat(model.privateParameters[k].length()).isEqualTo(12 + 16);
    }
    // the backbone starts as hard sharing's, from the same seed
    long p = hard.sharedParameterCount();
    assertThat(model.parameters().get(NDArrayIndex.interval(18, 18 + p)).toDoubleVector())
        .containsExactly(hard.parameters().get(NDArrayIndex.interval(0, p)).toDoubleVector());
  }

  @Test
  void withEveryMaskAtOneItIsHardSharing() {
    MtanModel model = mtan();
    MtlModel hard = ModelFactory.build(MultiLeNetGradientCheckTest.spec("hard", "l2"), ModelFixtures.tasks(), 100, 3, DataType.DOUBLE);
    openEveryMask(model);
    long p = hard.sharedParameterCount();
    long heads = hard.parameters().length() - p;
    long total = model.parameters().length();
    assertThat(model.parameters().get(NDArrayIndex.interval(total - heads, total)).toDoubleVector())
        .containsExactly(hard.parameters().get(NDArrayIndex.interval(p, p + heads)).toDoubleVector());
    Batch batch = MultiLeNetGradientCheckTest.images(4);
    assertThat(model.forward(batch, true)).containsExactly(hard.forward(batch, true));
    for (int k = 0; k < 3; k++) {
      assertThat(model.mask(k, 1).minNumber().doubleValue()).isEqualTo(1.0);
    }
    model.backwardPerTask();
    hard.backwardPerTask();
    INDArray rows = model.taskGradients();
    INDArray hardRows = hard.taskGradients();
    for (int k = 0; k < 3; k++) {
      // a saturated mask passes no gradient to the feature carrier f_2
      assertThat(rows.getRow(k).get(NDArrayIndex.interval(0, 18)).amaxNumber().doubleValue()).isZero();
      INDArray backbone = rows.getRow(k).get(NDArrayIndex.interval(18, 18 + p));
      assertThat(backbone.sub(hardRows.getRow(k)).amaxNumber().doubleValue()).as("task %d", k).isLessThan(1e-12);
    }
    assertThat(hardRows.norm2Number().doubleValue()).isPositive();
  }

  @Test
  void masksStartNearOneHalfAndDifferByTask() {
    MtanModel model = mtan();
    model.forward(MultiLeNetGradientCheckTest.images(5), false);
    double a = model.mask(0, 0).meanNumber().doubleValue();
    assertThat(a).isBetween(0.3, 0.7);
    assertThat(model.mask(0, 0).sub(model.mask(1, 0)).amaxNumber().doubleValue()).isPositive();
  }
}

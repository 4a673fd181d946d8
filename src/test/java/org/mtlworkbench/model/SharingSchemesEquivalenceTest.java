package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.Batch;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The new schemes reduce exactly to the old ones at their degenerate settings. */
class SharingSchemesEquivalenceTest {

  @Test
  void crossStitchWithIdentityUnitsIsSoftSharingWithoutPenalty() {
    MtlModel stitched = ModelFixtures.build("cross-stitch", 1.0, 4);
    MtlModel soft = ModelFixtures.build("soft", 0.0);
    Batch batch = ModelFixtures.batch(4, true);
    double[] a = stitched.forward(batch, true);
    double[] b = soft.forward(batch, true);
    assertThat(a).containsExactly(b);
    for (int k = 0; k < 3; k++) {
      assertThat(stitched.output(k).toDoubleMatrix()).isDeepEqualTo(soft.output(k).toDoubleMatrix());
    }
    // 3 towers, then 2 stitch units of 3 × 3: with self weight 1 the units are identity matrices
    long towers = 3 * soft.sharedParameterCount();
    assertThat(stitched.sharedParameterCount()).isEqualTo(towers + 2 * 9);
    double[] alpha = stitched.parameters().get(NDArrayIndex.interval(towers, towers + 9)).toDoubleVector();
    assertThat(alpha).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 1);
  }

  @Test
  void crossStitchUnitsStartNearIdentityWithRowsSummingToOne() {
    CrossStitchModel model = (CrossStitchModel) ModelFixtures.build("cross-stitch", 0.9, 4);
    long towers = 3 * model.towerParameterCount();
    double[] alpha = model.parameters().get(NDArrayIndex.interval(towers, towers + 9)).toDoubleVector();
    // self 0.9, others 0.1 / (K − 1) = 0.05
    assertThat(alpha).containsExactly(new double[] {0.9, 0.05, 0.05, 0.05, 0.9, 0.05, 0.05, 0.05, 0.9}, within(1e-15));
  }

  @Test
  void mmoeWithOneExpertIsHardSharingWithThatExpertAsBackbone() {
    MtlModel mmoe = ModelFixtures.build("mmoe", 0.9, 1);
    MtlModel hard = ModelFixtures.build("hard", 0.0);
    long p = hard.sharedParameterCount();
    // MMoE: expert (shared) | 3 gates (4 × 1 + 1 each, each its task's own) | heads; hard: backbone | heads
    assertThat(mmoe.sharedParameterCount()).isEqualTo(p);
    assertThat(mmoe.parameters().length()).isEqualTo(hard.parameters().length() + 3 * 5);
    mmoe.parameters().get(NDArrayIndex.interval(0, p)).assign(hard.parameters().get(NDArrayIndex.interval(0, p)));
    assertThat(mmoe.parameters().get(NDArrayIndex.interval(p + 15, mmoe.parameters().length())).toDoubleVector())
        .containsExactly(hard.parameters().get(NDArrayIndex.interval(p, hard.parameters().length())).toDoubleVector());
    Batch batch = ModelFixtures.batch(5, true);
    assertThat(mmoe.forward(batch, true)).containsExactly(hard.forward(batch, true));
    for (int k = 0; k < 3; k++) {
      assertThat(mmoe.output(k).toDoubleMatrix()).isDeepEqualTo(hard.output(k).toDoubleMatrix());
    }
  }

  @Test
  void mmoeGatesAreDistributionsOverExperts() {
    ExpertModel model = (ExpertModel) ModelFixtures.build("mmoe", 0.9, 4);
    model.forward(ModelFixtures.batch(6, true), false);
    for (int k = 0; k < 3; k++) {
      double[] rowSums = model.gate(k).sum(1).toDoubleVector();
      for (double s : rowSums) {
        assertThat(s).isCloseTo(1.0, within(1e-12));
      }
      assertThat(model.gate(k).minNumber().doubleValue()).isGreaterThan(0.0);
    }
  }

  @Test
  void aSingleTaskCrossStitchModelKeepsItsOwnTowerAsTheSingleTaskBaselineNeeds() {
    var one = ModelFixtures.tasks().subList(0, 1);
    MtlModel stitched = ModelFactory.build(ModelFixtures.spec("cross-stitch", 0.9, 4), one, ModelFixtures.INPUT, 99,
        org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    MtlModel soft = ModelFactory.build(ModelFixtures.spec("soft", 0.0), one, ModelFixtures.INPUT, 99,
        org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    Batch batch = ModelFixtures.batch(7, true);
    // with K = 1 each unit is α = [1] whatever the self weight
    assertThat(stitched.forward(batch, true)).containsExactly(soft.forward(batch, true));
    stitched.backwardPerTask();
    assertThat(stitched.taskGradients().norm2Number().doubleValue()).isGreaterThan(0.0);
  }
}

package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.ParameterSegment;

/**
 * The mixtures reduce to one another where the papers say they do, parameter for parameter:
 * CGC without task experts is MMoE (Tang et al. 2020, §4.2), PLE with one level is CGC; and how
 * many parameters each part has, worked out by hand.
 */
class ExpertModelsEquivalenceTest {
  /** Same parameters, same losses, same rows, same per-task gradient of the whole model. */
  private static void assertSame(MtlModel a, MtlModel b) {
    assertThat(a.parameters().toDoubleVector()).containsExactly(b.parameters().toDoubleVector());
    assertThat(a.sharedSegments()).isEqualTo(b.sharedSegments());
    Batch batch = ModelFixtures.batch(8, true);
    assertThat(a.forward(batch, true)).containsExactly(b.forward(batch, true));
    a.backwardPerTask();
    b.backwardPerTask();
    assertThat(a.taskGradients().toDoubleMatrix()).isDeepEqualTo(b.taskGradients().toDoubleMatrix());
    a.combineTaskGradients(new double[] {1, 2, 3}, new double[] {0.5, 0.25, 1});
    b.combineTaskGradients(new double[] {1, 2, 3}, new double[] {0.5, 0.25, 1});
    assertThat(a.gradient().toDoubleVector()).containsExactly(b.gradient().toDoubleVector());
  }

  @Test
  void cgcWithoutTaskExpertsIsMmoe() {
    MtlModel cgc = ModelFixtures.build(ModelFixtures.experts("cgc", new CgcSpec(3, 0), null, null));
    MtlModel mmoe = ModelFixtures.build(ModelFixtures.experts("mmoe", null, null, null));
    assertThat(cgc.sharing()).isEqualTo(Sharing.CGC);
    assertSame(cgc, mmoe);
  }

  @Test
  void pleWithOneLevelIsCgc() {
    MtlModel ple = ModelFixtures.build(ModelFixtures.experts("ple", null, new PleSpec(2, 1, 1), null));
    MtlModel cgc = ModelFixtures.build(ModelFixtures.experts("cgc", new CgcSpec(2, 1), null, null));
    assertSame(ple, cgc);
  }

  @Test
  void partsCountedByHand() {
    // fixture backbone on 4 inputs: dense 4→5 (25) and 5→3 (18): one expert = 43
    ModelBase cgc = (ModelBase) ModelFixtures.build(ModelFixtures.experts("cgc", new CgcSpec(2, 1), null, null));
    assertThat(cgc.sharedParameterCount()).isEqualTo(2 * 43);
    // each task: its expert (43) and its gate over 3 experts (4·3 + 3)
    for (int k = 0; k < 3; k++) {
      assertThat(cgc.privateParameters[k].length()).isEqualTo(43 + 15);
    }
    // PLE, two levels [dense 4→5], [dense 5→3], one shared and one own expert per level, three tasks.
    // Level 1: shared expert 25, three task experts 3·25 (shared: they feed the shared gate), shared gate over
    // 4 experts (4·4 + 4 = 20); task gates over 2 experts (4·2 + 2 = 10) are each task's own (only its level 2 reads them).
    // Level 2: shared expert 18; own expert 18 and gate (5·2 + 2 = 12) each task's own.
    ModelBase ple = (ModelBase) ModelFixtures.build(ModelFixtures.experts("ple", null, new PleSpec(1, 1, 2), null));
    assertThat(ple.sharedParameterCount()).isEqualTo(25 + 75 + 20 + 18);
    for (int k = 0; k < 3; k++) {
      assertThat(ple.privateParameters[k].length()).isEqualTo(10 + 18 + 12);
    }
    assertThat(ple.sharedSegments().stream().map(ParameterSegment::name).toList()).containsExactly(
        "level1/expert1/dense1", "level1/price/expert1/dense1", "level1/churn/expert1/dense1", "level1/segment/expert1/dense1",
        "level1/shared-gate", "level2/expert1/dense1");
    // DSelect-k, 4 experts, k = 2: gates z 4→(2·2) and w 4→2 are each task's own: (4·4 + 4) + (4·2 + 2) = 30
    ModelBase dselect = (ModelBase) ModelFixtures.build(ModelFixtures.experts("dselect-k", null, null, new DSelectKSpec(4, 2, 1.0, 0.0)));
    assertThat(dselect.sharedParameterCount()).isEqualTo(4 * 43);
    assertThat(dselect.privateParameters[0].length()).isEqualTo(30);
  }

  @Test
  void dselectKGatesAreDistributionsAtTheStartAndPenaltyFreeForAPowerOfTwo() {
    ExpertModel model = (ExpertModel) ModelFixtures.build(ModelFixtures.experts("dselect-k", null, null, new DSelectKSpec(8, 2, 1.0, 0.0)));
    model.forward(ModelFixtures.batch(6, true), true);
    for (int k = 0; k < 3; k++) {
      for (double s : model.gate(k).sum(1).toDoubleVector()) {
        assertThat(s).isCloseTo(1.0, within(1e-12));
      }
      // selectors start near S = 1/2: every expert has some weight
      assertThat(model.gate(k).minNumber().doubleValue()).isGreaterThan(0.0);
    }
    assertThat(model.addRegularization()).isZero();
    ExpertModel six = (ExpertModel) ModelFixtures.build(ModelFixtures.experts("dselect-k", null, null, new DSelectKSpec(6, 2, 1.0, 0.0)));
    six.forward(ModelFixtures.batch(6, true), true);
    // 6 of 8 codes name an expert: each selector near 1/2 leaves 3/4 of its weight on them, 1/(3/4) per selector,
    // 6 rows × 2 selectors × 3 tasks
    assertThat(six.addRegularization()).isCloseTo(36 * 4.0 / 3, within(0.5));
  }
}

package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.GradientCheck;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Finite-difference checks, in double precision, of cross-stitch and MMoE: the fused gradient of
 * Σ_k L_k over every parameter (towers, stitch units, experts, gates, heads), and each task's own
 * row on the whole shared part, with masked rows and with a task that has no label in the batch.
 */
class SharingSchemesGradientCheckTest {
  private static final double TOLERANCE = 1e-6;
  /**
   * Step of the fused check: the weighted total loss is larger than one task's loss, so at the
   * default 1e-6 round-off (≈ 1e-16·|f|/ε) reaches 1e-9 absolute; at 1e-5 both round-off and
   * truncation (≈ ε²·f''') stay near 1e-10.
   */
  private static final double EPSILON = 1e-5;

  @ParameterizedTest(name = "{0}, self weight {1}, {2} experts, segment labelled = {3}")
  @CsvSource({
    "cross-stitch, 0.9, 4, true", "cross-stitch, 0.6, 4, false",
    "mmoe, 0.9, 4, true", "mmoe, 0.9, 3, false", "mmoe, 0.9, 1, true"
  })
  void fusedGradientOfTheTotalLossMatchesFiniteDifferences(String sharing, double self, int experts, boolean labelled) {
    MtlModel model = ModelFixtures.build(sharing, self, experts);
    Batch batch = ModelFixtures.batch(1, labelled);
    double[] w = {1.0, 0.5, 2.0};
    model.forward(batch, true);
    model.backwardCombined(w);
    assertThat(model.addRegularization()).isZero();
    INDArray analytic = model.gradient().dup();
    GradientCheck.Result r = GradientCheck.check(model.parameters(), analytic, p -> {
      double[] l = model.forward(batch, true);
      return w[0] * l[0] + w[1] * l[1] + w[2] * l[2];
    }, EPSILON, GradientCheck.DEFAULT_FLOOR);
    assertThat(r.maxRelativeError()).as("%s", r).isLessThan(TOLERANCE);
    assertThat(analytic.norm2Number().doubleValue()).isGreaterThan(0.0);
  }

  @ParameterizedTest(name = "{0}, segment labelled = {1}")
  @CsvSource({"cross-stitch, true", "cross-stitch, false", "mmoe, true", "mmoe, false"})
  void eachTaskRowIsTheGradientOfThatTaskAloneOnTheWholeSharedPart(String sharing, boolean labelled) {
    MtlModel model = ModelFixtures.build(sharing, 0.8, 3);
    Batch batch = ModelFixtures.batch(2, labelled);
    model.forward(batch, true);
    model.backwardPerTask();
    INDArray rows = model.taskGradients().dup();
    long p = model.sharedParameterCount();
    INDArray shared = model.parameters().get(NDArrayIndex.interval(0, p));
    for (int k = 0; k < 3; k++) {
      int task = k;
      GradientCheck.Result r = GradientCheck.check(shared, rows.getRow(k), q -> model.forward(batch, true)[task]);
      assertThat(r.maxRelativeError()).as("task %d: %s", k, r).isLessThan(TOLERANCE);
    }
    // a task with no labels in the batch pulls on nothing
    double unlabelledNorm = rows.getRow(2).norm2Number().doubleValue();
    if (labelled) {
      assertThat(unlabelledNorm).isGreaterThan(0.0);
    } else {
      assertThat(unlabelledNorm).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"cross-stitch", "mmoe"})
  void combiningTaskRowsEqualsTheFusedBackwardWithTheSameWeights(String sharing) {
    MtlModel model = ModelFixtures.build(sharing, 0.9, 2);
    Batch batch = ModelFixtures.batch(3, true);
    double[] w = {0.5, 2.0, 1.5};
    model.forward(batch, true);
    model.backwardCombined(w);
    INDArray fused = model.gradient().dup();
    model.forward(batch, true);
    model.backwardPerTask();
    model.combineTaskGradients(w, w);
    assertThat(model.gradient().sub(fused).amaxNumber().doubleValue()).isLessThan(1e-12);
    assertThat(fused.norm2Number().doubleValue()).isGreaterThan(0.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"cross-stitch", "mmoe"})
  void segmentsTileTheSharedRowWithoutGapsOrOverlap(String sharing) {
    MtlModel model = ModelFixtures.build(sharing, 0.9, 2);
    long next = 0;
    for (var s : model.sharedSegments()) {
      assertThat(s.offset()).as(s.name()).isEqualTo(next);
      next = s.end();
    }
    assertThat(next).isEqualTo(model.sharedParameterCount());
  }
}

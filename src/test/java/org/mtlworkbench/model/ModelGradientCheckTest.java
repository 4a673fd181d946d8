package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.GradientCheck;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Finite-difference checks of the whole model, in double precision: the fused gradient of
 * Σ_k L_k (+ the soft-sharing penalty), and each task's own gradient on the shared part.
 */
class ModelGradientCheckTest {
  private static final double TOLERANCE = 1e-6;

  @ParameterizedTest(name = "{0} sharing, λ = {1}, segment labelled = {2}")
  @CsvSource({"hard, 0, true", "hard, 0, false", "soft, 0, true", "soft, 0.3, true", "soft, 0.3, false"})
  void fusedGradientOfTheTotalLossMatchesFiniteDifferences(String sharing, double lambda, boolean segmentLabelled) {
    MtlModel model = ModelFixtures.build(sharing, lambda);
    Batch batch = ModelFixtures.batch(1, segmentLabelled);
    double[] ones = {1, 1, 1};
    model.forward(batch, true);
    model.backwardCombined(ones);
    model.addRegularization();
    INDArray analytic = model.gradient().dup();
    GradientCheck.Result r =
        GradientCheck.check(model.parameters(), analytic, p -> ModelFixtures.sum(model.forward(batch, true)) + model.addRegularization());
    assertThat(r.maxRelativeError()).as("%s", r).isLessThan(TOLERANCE);
  }

  @ParameterizedTest(name = "{0} sharing")
  @CsvSource({"hard", "soft"})
  void eachTaskGradientIsTheGradientOfThatTaskAlone(String sharing) {
    MtlModel model = ModelFixtures.build(sharing, 0.0);
    Batch batch = ModelFixtures.batch(2, true);
    model.forward(batch, true);
    model.backwardPerTask();
    INDArray rows = model.taskGradients().dup();
    long p = model.sharedParameterCount();
    for (int k = 0; k < model.tasks().size(); k++) {
      int task = k;
      // the shared part of task k: the backbone (hard), or task k's own tower (soft)
      long offset = sharing.equals("hard") ? 0 : k * p;
      INDArray shared = model.parameters().get(NDArrayIndex.interval(offset, offset + p));
      GradientCheck.Result r =
          GradientCheck.check(shared, rows.getRow(k), q -> model.forward(batch, true)[task]);
      assertThat(r.maxRelativeError()).as("task %d: %s", k, r).isLessThan(TOLERANCE);
    }
  }

  @ParameterizedTest(name = "{0} sharing")
  @CsvSource({"hard", "soft"})
  void combiningTaskGradientsEqualsTheFusedBackwardWithTheSameWeights(String sharing) {
    MtlModel model = ModelFixtures.build(sharing, 0.0);
    Batch batch = ModelFixtures.batch(3, true);
    double[] w = {0.5, 2.0, 1.5};
    model.forward(batch, true);
    model.backwardCombined(w);
    INDArray fused = model.gradient().dup();
    model.forward(batch, true);
    model.backwardPerTask();
    model.combineTaskGradients(w, w);
    INDArray combined = model.gradient().dup();
    assertThat(combined.sub(fused).amaxNumber().doubleValue()).isLessThan(1e-12);
    assertThat(fused.norm2Number().doubleValue()).isGreaterThan(0.0);
  }

  @Test
  void stackedPerTaskRowsEqualOneFusedBackwardPerTask() {
    // the fused backward with weights e_k (a separate, unstacked pass) gives task k's own gradient
    MtlModel model = ModelFixtures.build("hard", 0.0);
    Batch batch = ModelFixtures.batch(4, true);
    model.forward(batch, true);
    model.backwardPerTask();
    INDArray rows = model.taskGradients().dup();
    long p = model.sharedParameterCount();
    for (int k = 0; k < 3; k++) {
      double[] onlyK = new double[3];
      onlyK[k] = 1;
      model.forward(batch, true);
      model.backwardCombined(onlyK);
      INDArray fused = model.gradient().get(NDArrayIndex.interval(0, p));
      assertThat(rows.getRow(k).sub(fused).amaxNumber().doubleValue()).as("task %d", k).isLessThan(1e-12);
      assertThat(fused.norm2Number().doubleValue()).isGreaterThan(0.0);
    }
  }
}

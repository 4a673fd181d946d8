package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.GradientCheck;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Finite-difference checks, in double precision, of the mixtures of experts (MMoE, CGC, PLE with
 * one to three levels, DSelect-k with and without its penalties): the fused gradient of Σ w_k L_k
 * plus the gates' penalty over every parameter; each task's row on the shared part; each task's
 * own parameters (gates, top-level experts) after the per-task backward; with masked rows and
 * with a task that has no label in the batch.
 */
class ExpertModelsGradientCheckTest {
  private static final double TOLERANCE = 1e-6;
  private static final double EPSILON = 1e-5;

  static Stream<Arguments> models() {
    ModelSpec threeLayers = new ModelSpec("ple", List.of(new LayerSpec(3, "tanh", null), new LayerSpec(3, "sigmoid", null),
        new LayerSpec(2, "leaky-relu", null)), List.of(), null, null, null, null, null, new PleSpec(1, 1, 3), null);
    return Stream.of(
        Arguments.of("mmoe, 3 experts", ModelFixtures.experts("mmoe", null, null, null)),
        Arguments.of("cgc, 2 shared + 1 each", ModelFixtures.experts("cgc", new CgcSpec(2, 1), null, null)),
        Arguments.of("ple, 2 levels", ModelFixtures.experts("ple", null, new PleSpec(1, 1, null), null)),
        Arguments.of("ple, 3 levels", threeLayers),
        Arguments.of("dselect-k, 4 experts, k = 2", ModelFixtures.experts("dselect-k", null, null, new DSelectKSpec(4, 2, 1.0, 0.0))),
        Arguments.of("dselect-k, 5 experts, k = 3, entropy", ModelFixtures.experts("dselect-k", null, null,
            new DSelectKSpec(5, 3, 2.0, 0.01))));
  }

  /** Spreads the gates' logits so that the check does not only see gates that start near uniform. */
  private static MtlModel model(ModelSpec spec) {
    MtlModel model = ModelFixtures.build(spec);
    INDArray p = model.parameters();
    java.util.Random r = new java.util.Random(11);
    for (long i = 0; i < p.length(); i++) {
      p.putScalar(i, p.getDouble(i) + 0.3 * r.nextGaussian());
    }
    return model;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void fusedGradientOfTheTotalLossAndPenaltyMatchesFiniteDifferences(String name, ModelSpec spec) {
    // the labelled case is checked through the rows, the own parts and combiningTaskRows… below
    for (boolean labelled : new boolean[] {false}) {
      MtlModel model = model(spec);
      Batch batch = ModelFixtures.batch(1, labelled);
      double[] w = {1.0, 0.5, 2.0};
      model.forward(batch, true);
      model.backwardCombined(w);
      model.addRegularization();
      INDArray analytic = model.gradient().dup();
      GradientCheck.Result r = GradientCheck.check(model.parameters(), analytic, p -> {
        double[] l = model.forward(batch, true);
        return w[0] * l[0] + w[1] * l[1] + w[2] * l[2] + model.addRegularization();
      }, EPSILON, GradientCheck.DEFAULT_FLOOR);
      assertThat(r.maxRelativeError()).as("segment labelled %s: %s", labelled, r).isLessThan(TOLERANCE);
      assertThat(analytic.norm2Number().doubleValue()).isGreaterThan(0.0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void eachRowAndEachTasksOwnPartsAreThatTasksGradient(String name, ModelSpec spec) {
    for (boolean labelled : new boolean[] {true}) {
      ModelBase model = (ModelBase) model(spec);
      Batch batch = ModelFixtures.batch(2, labelled);
      model.forward(batch, true);
      model.backwardPerTask();
      INDArray rows = model.taskGradients().dup();
      INDArray[] own = new INDArray[3];
      for (int k = 0; k < 3; k++) {
        own[k] = model.privateGradients[k] == null ? null : model.privateGradients[k].dup();
      }
      long p = model.sharedParameterCount();
      INDArray shared = model.parameters().get(NDArrayIndex.interval(0, p));
      for (int k = 0; k < 3; k++) {
        int task = k;
        GradientCheck.Result r = GradientCheck.check(shared, rows.getRow(k), q -> model.forward(batch, true)[task]);
        assertThat(r.maxRelativeError()).as("row %d: %s", k, r).isLessThan(TOLERANCE);
        if (own[k] != null) {
          GradientCheck.Result o = GradientCheck.check(model.privateParameters[k], own[k], q -> model.forward(batch, true)[task]);
          assertThat(o.maxRelativeError()).as("task %d's own parts: %s", k, o).isLessThan(TOLERANCE);
        }
      }
      assertThat(rows.getRow(2).norm2Number().doubleValue()).isPositive();
    }
    // a task with no label in the batch pulls on nothing
    MtlModel model = model(spec);
    model.forward(ModelFixtures.batch(2, false), true);
    model.backwardPerTask();
    assertThat(model.taskGradients().getRow(2).amaxNumber().doubleValue()).isZero();
    assertThat(model.taskGradients().getRow(1).amaxNumber().doubleValue()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void combiningTaskRowsEqualsTheFusedBackwardWithTheSameWeights(String name, ModelSpec spec) {
    MtlModel model = model(spec);
    Batch batch = ModelFixtures.batch(3, true);
    double[] w = {0.5, 2.0, 1.5};
    model.forward(batch, true);
    model.backwardCombined(w);
    INDArray fused = model.gradient().dup();
    model.forward(batch, true);
    model.backwardPerTask();
    model.combineTaskGradients(w, w);
    assertThat(model.gradient().sub(fused).amaxNumber().doubleValue()).isLessThan(1e-12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void segmentsTileTheSharedRowWithoutGapsOrOverlap(String name, ModelSpec spec) {
    MtlModel model = ModelFixtures.build(spec);
    long next = 0;
    for (var s : model.sharedSegments()) {
      assertThat(s.offset()).as(s.name()).isEqualTo(next);
      next = s.end();
    }
    assertThat(next).isEqualTo(model.sharedParameterCount());
    assertThat(model.sharedSegments().stream().map(s -> s.name()).distinct().count()).isEqualTo(model.sharedSegments().size());
  }
}

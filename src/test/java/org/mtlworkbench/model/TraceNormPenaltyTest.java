package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.FlatViews;
import org.mtlworkbench.nn.GradientCheck;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TraceNormPenaltyTest {

  @Test
  void valueIsLambdaTimesTheNuclearNormWorkedOutByHand() {
    // W = [[3, 0], [4, 5]]: σ1² + σ2² = ||W||_F² = 50 and σ1·σ2 = |det W| = 15, so
    // (σ1 + σ2)² = 50 + 30 = 80 and ||W||_* = √80 = 4√5 (σ = 3√5, √5)
    INDArray w = Nd4j.create(new double[][] {{3, 0}, {4, 5}});
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 2, 2);
    double value = new TraceNormPenalty(0.5, List.of(new ParameterSegment("dense1", 0, 2))).apply(w, g);
    assertThat(value).isCloseTo(0.5 * 4 * Math.sqrt(5), within(1e-12));
  }

  @Test
  void valueSumsOverLayersAndMatchesTheTwoTaskClosedForm() {
    // K = 2: with G = W Wᵀ (2 × 2), ||W||_* = √λ1 + √λ2 = sqrt(tr G + 2 sqrt(det G))
    Random r = new Random(7);
    double[][] w = new double[2][7];
    for (double[] row : w) {
      for (int j = 0; j < 7; j++) {
        row[j] = r.nextGaussian();
      }
    }
    List<ParameterSegment> segs = List.of(new ParameterSegment("dense1", 0, 2), new ParameterSegment("dense2", 2, 5));
    double expected = 0;
    for (ParameterSegment s : segs) {
      double a = 0;
      double b = 0;
      double c = 0;
      for (long j = s.offset(); j < s.end(); j++) {
        a += w[0][(int) j] * w[0][(int) j];
        b += w[0][(int) j] * w[1][(int) j];
        c += w[1][(int) j] * w[1][(int) j];
      }
      expected += Math.sqrt(a + c + 2 * Math.sqrt(a * c - b * b));
    }
    double value = new TraceNormPenalty(2.0, segs).apply(Nd4j.create(w), Nd4j.zeros(DataType.DOUBLE, 2, 7));
    assertThat(value).isCloseTo(2.0 * expected, within(1e-10));
  }

  @Test
  void gradientMatchesFiniteDifferencesWhereSingularValuesAreDistinctAndNonZero() {
    Random r = new Random(3);
    INDArray flat = Nd4j.create(DataType.DOUBLE, 21);
    for (int i = 0; i < 21; i++) {
      flat.putScalar(i, r.nextGaussian());
    }
    INDArray towers = FlatViews.matrix(flat, 0, 3, 7);
    var penalty = new TraceNormPenalty(0.7,
        List.of(new ParameterSegment("dense1", 0, 4), new ParameterSegment("dense2", 4, 3)));
    INDArray grad = Nd4j.zeros(DataType.DOUBLE, 3, 7);
    penalty.apply(towers, grad);
    GradientCheck.Result res = GradientCheck.check(flat, grad.reshape(21).dup(),
        p -> penalty.apply(towers, Nd4j.zeros(DataType.DOUBLE, 3, 7)));
    assertThat(res.maxRelativeError()).as("%s", res).isLessThan(1e-7);
  }

  @Test
  void equalTowersGiveRankOneValueAndSubgradient() {
    // K equal rows r: W = 1 rᵀ has one singular value √K·||r||, with u = 1/√K, v = r/||r||
    double[] row = {1, -2, 2};
    INDArray w = Nd4j.create(new double[][] {row, row, row, row});
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 4, 3);
    double value = new TraceNormPenalty(1.0, List.of(new ParameterSegment("dense1", 0, 3))).apply(w, g);
    assertThat(value).isCloseTo(2 * 3, within(1e-12));
    for (int k = 0; k < 4; k++) {
      for (int j = 0; j < 3; j++) {
        assertThat(g.getDouble(k, j)).isCloseTo(0.5 * row[j] / 3, within(1e-12));
      }
    }
  }

  @Test
  void softSharingWithTraceNormPassesTheWholeModelGradientCheck() {
    ModelSpec base = ModelFixtures.spec("soft", 0.0);
    ModelSpec spec = new ModelSpec("soft", base.backbone(), base.head(), new SoftSharingSpec(0.3, "trace-norm"));
    MtlModel model = ModelFactory.build(spec, ModelFixtures.tasks(), ModelFixtures.INPUT, 99, DataType.DOUBLE);
    Batch batch = ModelFixtures.batch(1, false);
    model.forward(batch, true);
    model.backwardCombined(new double[] {1, 1, 1});
    double penalty = model.addRegularization();
    assertThat(penalty).isGreaterThan(0.0);
    INDArray analytic = model.gradient().dup();
    GradientCheck.Result r = GradientCheck.check(model.parameters(), analytic,
        p -> ModelFixtures.sum(model.forward(batch, true)) + model.addRegularization());
    assertThat(r.maxRelativeError()).as("%s", r).isLessThan(1e-6);
  }

  @Test
  void unknownPenaltyIsAnInputErrorNamingTheField() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SoftSharingSpec(0.1, "l1"))
        .isInstanceOf(org.mtlworkbench.common.InputException.class)
        .hasMessageContaining("model.soft.penalty");
  }
}

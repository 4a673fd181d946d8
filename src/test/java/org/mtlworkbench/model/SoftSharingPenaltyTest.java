package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class SoftSharingPenaltyTest {

  @Test
  void penaltyIsLambdaTimesTheSumOfPairwiseSquaredDistances() {
    double lambda = 0.7;
    MtlModel model = ModelFixtures.build("soft", lambda);
    long p = model.sharedParameterCount();
    double[] all = model.parameters().toDoubleVector();
    // direct definition: λ Σ_{i<j} ||θ_i − θ_j||² over the three towers
    double expected = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        for (int q = 0; q < p; q++) {
          double d = all[(int) (i * p + q)] - all[(int) (j * p + q)];
          expected += d * d;
        }
      }
    }
    expected *= lambda;
    model.gradient().assign(0);
    double value = model.addRegularization();
    assertThat(value).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
    assertThat(expected).isGreaterThan(0);
    // ∂/∂θ_0 = 2λ Σ_{j≠0} (θ_0 − θ_j), checked at one coordinate
    INDArray g = model.gradient();
    double manual = 2 * lambda * ((all[0] - all[(int) p]) + (all[0] - all[(int) (2 * p)]));
    assertThat(g.getDouble(0)).isCloseTo(manual, within(1e-12));
  }

  @Test
  void noPenaltyUnderHardSharingOrWithZeroLambda() {
    assertThat(ModelFixtures.build("hard", 5).addRegularization()).isZero();
    assertThat(ModelFixtures.build("soft", 0).addRegularization()).isZero();
  }

  @Test
  void towersStartFromTheTaskNamedSeedWhateverTheOtherTasks() {
    MtlModel three = ModelFixtures.build("soft", 0);
    MtlModel one =
        ModelFactory.build(ModelFixtures.spec("soft", 0), ModelFixtures.tasks().subList(1, 2), ModelFixtures.INPUT, 99,
            org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    long p = three.sharedParameterCount();
    double[] a = three.parameters().toDoubleVector();
    double[] b = one.parameters().toDoubleVector();
    for (int q = 0; q < p; q++) {
      assertThat(a[(int) (p + q)]).isEqualTo(b[q]);
    }
  }
}

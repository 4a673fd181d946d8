package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.nn.GradientCheck;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The softmax gate and the DSelect-k gate against values worked out by hand on one example with
 * input x = 1 (so each logit is its weight), and against finite differences on a batch.
 */
class ExpertGatesTest {
  private static final double EXACT = 1e-15;
  private static final INDArray ONE = Nd4j.create(new double[][] {{1.0}});

  @Test
  void softmaxGateByHand() {
    SoftmaxGate gate = new SoftmaxGate(1, 3);
    INDArray p = Nd4j.create(new double[] {0, Math.log(2), Math.log(5), 0, 0, 0});
    gate.bindParameters(p);
    // softmax(0, ln 2, ln 5) = (1, 2, 5) / 8
    assertThat(gate.forward(ONE, true).toDoubleVector()).containsExactly(new double[] {0.125, 0.25, 0.625}, within(EXACT));
    // ∂g_0: ∂z = g ⊙ (e_0 − g_0) = (1/8 · 7/8, −2/8 · 1/8, −5/8 · 1/8); with x = 1, ∂W = ∂b = ∂z
    INDArray grad = Nd4j.create(DataType.DOUBLE, 6);
    gate.backward(Nd4j.create(new double[][] {{1, 0, 0}}), grad, false);
    double[] dz = {7 / 64.0, -2 / 64.0, -5 / 64.0};
    assertThat(grad.toDoubleVector()).containsExactly(new double[] {dz[0], dz[1], dz[2], dz[0], dz[1], dz[2]}, within(EXACT));
  }

  /**
   * Four experts (m = 2 bits), k = 2 selectors. Selector 1: z = (0.25, 0), s = (0.84375, 0.5),
   * r = (0.078125, 0.078125, 0.421875, 0.421875); selector 2: z = (0.6, −0.6) beyond ±γ/2, s =
   * (1, 0), one-hot on expert 2 (code 10). w = (0, ln 3): α = (1/4, 3/4).
   */
  private static DSelectKGate fourExpertGate(INDArray params) {
    DSelectKGate gate = new DSelectKGate(1, 4, 2, 1.0, 0.0);
    assertThat(gate.parameterCount()).isEqualTo(4 + 4 + 2 + 2);
    params.assign(Nd4j.create(new double[] {0.25, 0, 0.6, -0.6, 0, 0, 0, 0, 0, Math.log(3), 0, 0}));
    gate.bindParameters(params);
    return gate;
  }

  @Test
  void dselectKGateForwardByHand() {
    DSelectKGate gate = fourExpertGate(Nd4j.create(DataType.DOUBLE, 12));
    double[] q = gate.forward(ONE, true).toDoubleVector();
    // q = r1 / 4 + 3/4 · e_2
    assertThat(q).containsExactly(new double[] {0.01953125, 0.01953125, 0.85546875, 0.10546875}, within(EXACT));
    assertThat(q[0] + q[1] + q[2] + q[3]).isCloseTo(1.0, within(EXACT));
    assertThat(gate.selectorWeights()[0][1]).containsExactly(0, 0, 1, 0);
    assertThat(gate.regularization()).isZero();
  }

  @Test
  void dselectKGateBackwardByHand() {
    DSelectKGate gate = fourExpertGate(Nd4j.create(DataType.DOUBLE, 12));
    gate.forward(ONE, true);
    INDArray grad = Nd4j.create(DataType.DOUBLE, 12);
    gate.backward(Nd4j.create(new double[][] {{1, 0, 0, 0}}), grad, false);
    // L = q_0 = α_1 (1−a)(1−b): ∂a = −α_1(1−b) = −0.125, ∂b = −α_1(1−a) = −0.0390625, times S'(0.25) = 1.125 and
    // S'(0) = 1.5; selector 2 is saturated (S' = 0). ∂α = (r1_0, 0) = (0.078125, 0), ⟨∂α, α⟩ = 0.01953125,
    // ∂w = α ⊙ (∂α − 0.01953125) = (0.0146484375, −0.0146484375)
    double[] dz = {-0.140625, -0.05859375, 0, 0};
    double dw = 0.0146484375;
    assertThat(grad.toDoubleVector()).containsExactly(new double[] {
        dz[0], dz[1], dz[2], dz[3], dz[0], dz[1], dz[2], dz[3], dw, -dw, dw, -dw}, within(EXACT));
  }

  @Test
  void saturatedSelectorsChooseAtMostKExpertsAndStopMoving() {
    DSelectKGate gate = new DSelectKGate(2, 8, 2, 1.0, 0.0);
    INDArray params = Nd4j.create(DataType.DOUBLE, gate.parameterCount());
    gate.bindParameters(params);
    gate.initialize(new Random(3));
    // z: weights 0, biases ±1 (|z| ≥ γ/2): selector 1 → code 101 = expert 5, selector 2 → 010 = expert 2
    long zWeights = 2 * 6;
    params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, zWeights)).assign(0);
    params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(zWeights, zWeights + 6))
        .assign(Nd4j.create(new double[] {1, -1, 1, -1, 1, -1}));
    INDArray x = Nd4j.create(new double[][] {{0.3, -2}, {1.5, 0.1}, {-0.4, 0.9}});
    INDArray q = gate.forward(x, true);
    for (int b = 0; b < 3; b++) {
      double[] row = q.getRow(b).toDoubleVector();
      long nonzero = java.util.Arrays.stream(row).filter(v -> v != 0).count();
      assertThat(nonzero).isEqualTo(2);
      assertThat(row[5] + row[2]).isCloseTo(1.0, within(EXACT));
    }
    INDArray grad = Nd4j.create(DataType.DOUBLE, gate.parameterCount());
    gate.backward(Nd4j.rand(DataType.DOUBLE, 3, 8), grad, false);
    assertThat(grad.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, zWeights + 6)).amaxNumber().doubleValue()).isZero();
    assertThat(grad.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(zWeights + 6, gate.parameterCount())).amaxNumber()
        .doubleValue()).isPositive();
  }

  @Test
  void initialisationFollowsTheAuthorsCode() {
    DSelectKGate gate = new DSelectKGate(10, 16, 3, 2.0, 0.0);
    INDArray params = Nd4j.create(DataType.DOUBLE, gate.parameterCount());
    gate.bindParameters(params);
    gate.initialize(new Random(1));
    long z = (10 + 1) * 3 * 4;
    double zMax = params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, z)).amaxNumber().doubleValue();
    double wMax = params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(z, gate.parameterCount())).amaxNumber().doubleValue();
    // ±γ/100 and ±0.05, and not all tiny
    assertThat(zMax).isLessThanOrEqualTo(0.02).isGreaterThan(0.015);
    assertThat(wMax).isLessThanOrEqualTo(0.05).isGreaterThan(0.04);
  }

  /** Σ c ⊙ q plus the gate's penalties, against central differences, on a batch of three. */
  @Test
  void dselectKGateGradientWithBothPenaltiesMatchesFiniteDifferences() {
    for (int experts : new int[] {4, 5, 7}) {
      DSelectKGate gate = new DSelectKGate(2, experts, 3, 1.3, 0.2);
      INDArray params = Nd4j.create(DataType.DOUBLE, gate.parameterCount());
      gate.bindParameters(params);
      Random r = new Random(experts);
      for (long i = 0; i < params.length(); i++) {
        params.putScalar(i, (r.nextDouble() - 0.5) * 0.6);
      }
      INDArray x = Nd4j.create(new double[][] {{0.3, -1.1}, {1.4, 0.2}, {-0.5, 0.8}});
      // from the seeded generator: an unseeded draw made the finite-difference error vary between
      // builds, and one build in many crossed the tolerance
      INDArray c = Nd4j.create(DataType.DOUBLE, 3, experts);
      for (long i = 0; i < c.length(); i++) {
        c.putScalar(i, r.nextDouble() - 0.5);
      }
      gate.forward(x, true);
      INDArray analytic = Nd4j.create(DataType.DOUBLE, gate.parameterCount());
      gate.backward(c, analytic, false);
      gate.addRegularizationGradient(analytic);
      GradientCheck.Result res = GradientCheck.check(params, analytic, p -> {
        double loss = gate.forward(x, true).mul(c).sumNumber().doubleValue();
        return loss + gate.regularization();
      });
      // the loss includes the reachability penalty (≥ 9 here), so the central difference's own
      // rounding, about 1e-16·|f|/ε = 1e-9, is 1e-6 of the floor (1e-3) by itself: allow ten times that
      assertThat(res.maxRelativeError()).as("%d experts: %s", experts, res).isLessThan(1e-5);
      if (experts != 4) {
        // the reachability penalty: Σ_{b,i} 1/Σ_e r ≥ 3 · 3, > when some weight sits on an unused code
        gate.forward(x, true);
        assertThat(gate.regularization()).isGreaterThan(0.0);
      }
    }
  }
}

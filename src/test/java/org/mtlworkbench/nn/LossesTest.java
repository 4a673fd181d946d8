package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LossesTest {
  private static INDArray col(double... v) {
    return Nd4j.createFromArray(v).reshape(v.length, 1);
  }

  private static double compute(Loss loss, INDArray z, INDArray t, INDArray m, INDArray grad) {
    return loss.compute(z, t, m, grad);
  }

  @Test
  void mseByHandWithMask() {
    INDArray z = col(1, 2, 5);
    INDArray t = col(0, Double.NaN, 3);
    INDArray m = col(1, 0, 1);
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 3, 1);
    // labelled rows 1 and 3: ((1−0)² + (5−3)²) / 2 = 2.5; gradient 2(y − t)/2 = [1, 0, 2]
    assertThat(compute(new MseLoss(), z, t, m, g)).isEqualTo(2.5);
    assertThat(g.toDoubleVector()).containsExactly(1, 0, 2);
  }

  @Test
  void bceByHand() {
    INDArray z = col(0, 2);
    INDArray t = col(1, 0);
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 2, 1);
    // row 1: −log σ(0) = log 2 = 0.693147; row 2: −log(1 − σ(2)) = log(1 + e²) = 2.126928
    // mean = 1.410038; gradient (σ(z) − t)/2 = [(0.5 − 1)/2, 0.880797/2]
    assertThat(compute(new BinaryCrossEntropyWithLogits(), z, t, null, g)).isCloseTo(1.4100379, within(1e-6));
    assertThat(g.getDouble(0, 0)).isCloseTo(-0.25, within(1e-12));
    assertThat(g.getDouble(1, 0)).isCloseTo(0.4403985, within(1e-6));
  }

  @Test
  void crossEntropyByHand() {
    INDArray z = Nd4j.createFromArray(new double[][] {{0, 0, 0}, {1, 2, 3}});
    INDArray t = col(2, 0);
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 2, 3);
    // row 1: log 3 = 1.098612; row 2: log(e + e² + e³) − 1 = 3.407606 − 1 = 2.407606; mean 1.753109
    assertThat(compute(new SoftmaxCrossEntropy(), z, t, null, g)).isCloseTo(1.7531088, within(1e-6));
    // row 1 gradient: (1/3, 1/3, 1/3 − 1)/2
    assertThat(g.getDouble(0, 0)).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(g.getDouble(0, 2)).isCloseTo(-1.0 / 3, within(1e-12));
    // row 2: softmax(1,2,3) = (0.090031, 0.244728, 0.665241); minus onehot(0), halved
    assertThat(g.getDouble(1, 0)).isCloseTo((0.0900306 - 1) / 2, within(1e-6));
    assertThat(g.getDouble(1, 2)).isCloseTo(0.6652410 / 2, within(1e-6));
  }

  @Test
  void extremeLogitsStayFinite() {
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 2, 1);
    // BCE on z = ±1000: the wrong side costs |z| = 1000, the right side ~0
    double bce = compute(new BinaryCrossEntropyWithLogits(), col(1000, -1000), col(0, 0), null, g);
    assertThat(bce).isCloseTo(500.0, within(1e-9));
    assertThat(g.toDoubleVector()).containsExactly(0.5, 0.0);
    INDArray g2 = Nd4j.zeros(DataType.DOUBLE, 1, 2);
    double ce = compute(new SoftmaxCrossEntropy(), Nd4j.createFromArray(new double[][] {{1000, -1000}}), col(1), null, g2);
    assertThat(ce).isCloseTo(2000.0, within(1e-9));
    assertThat(g2.toDoubleVector()).containsExactly(1.0, -1.0);
  }

  @Test
  void noLabelsGiveZeroLossAndZeroGradient() {
    for (Loss loss : new Loss[] {new MseLoss(), new BinaryCrossEntropyWithLogits()}) {
      INDArray g = Nd4j.ones(DataType.FLOAT, 3, 1);
      double v = loss.compute(Nd4j.ones(DataType.FLOAT, 3, 1), col(Double.NaN, Double.NaN, Double.NaN).castTo(DataType.FLOAT),
          Nd4j.zeros(DataType.FLOAT, 3, 1), g);
      assertThat(v).isZero();
      assertThat(g.toFloatVector()).containsExactly(0, 0, 0);
    }
    INDArray g = Nd4j.ones(DataType.FLOAT, 2, 4);
    assertThat(new SoftmaxCrossEntropy().compute(Nd4j.ones(DataType.FLOAT, 2, 4), col(9, 9), col(0, 0), g)).isZero();
    assertThat(g.sumNumber().doubleValue()).isZero();
  }

  @Test
  void gradientsPassFiniteDifferenceCheckWithAndWithoutMask() {
    Random rng = new Random(17);
    INDArray mask = col(1, 0, 1, 1, 0);
    for (INDArray m : new INDArray[] {null, mask}) {
      check(new MseLoss(), LayerChecks.random(rng, 5, 1, 2.0), LayerChecks.random(rng, 5, 1, 2.0), m);
      check(new BinaryCrossEntropyWithLogits(), LayerChecks.random(rng, 5, 1, 3.0), col(1, 0, 0, 1, 1), m);
      check(new SoftmaxCrossEntropy(), LayerChecks.random(rng, 5, 4, 3.0), col(3, 0, 1, 2, 0), m);
    }
  }

  private static void check(Loss loss, INDArray z, INDArray t, INDArray m) {
    INDArray grad = Nd4j.zeros(DataType.DOUBLE, z.shape());
    loss.compute(z, t, m, grad);
    INDArray scratch = Nd4j.zeros(DataType.DOUBLE, z.shape());
    GradientCheck.Result r = GradientCheck.check(z, grad, p -> loss.compute(p, t, m, scratch));
    assertThat(r.maxRelativeError()).as("%s mask=%s: %s", loss.name(), m != null, r).isLessThan(1e-6);
  }

  @Test
  void floatArraysGiveTheSameValue() {
    INDArray g = Nd4j.zeros(DataType.FLOAT, 3, 1);
    double v = new MseLoss().compute(col(1, 2, 5).castTo(DataType.FLOAT), col(0, 7, 3).castTo(DataType.FLOAT), null, g);
    // (1 + 25 + 4) / 3 = 10; gradient 2(y − t)/3 = [2/3, −10/3, 4/3]
    assertThat(v).isCloseTo(10.0, within(1e-6));
    assertThat(g.getFloat(1, 0)).isCloseTo(-10f / 3, within(1e-6f));
  }

  @Test
  void rejectsBadShapesAndTargets() {
    INDArray g = Nd4j.zeros(DataType.DOUBLE, 2, 2);
    assertThatThrownBy(() -> new MseLoss().compute(Nd4j.zeros(DataType.DOUBLE, 2, 2), col(0, 0), null, g))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SoftmaxCrossEntropy().compute(Nd4j.zeros(DataType.DOUBLE, 2, 2), col(0, 2), null, g))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1");
  }

  @Test
  void forNameKnowsTheNamesAndListsThemOtherwise() {
    assertThat(Losses.forName("mse")).isInstanceOf(MseLoss.class);
    assertThat(Losses.forName("bce").name()).isEqualTo("bce");
    assertThat(Losses.forName("cross-entropy")).isInstanceOf(SoftmaxCrossEntropy.class);
    assertThatThrownBy(() -> Losses.forName("hinge"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'hinge'")
        .hasMessageContaining("mse, bce, cross-entropy");
  }
}

package org.mtlworkbench.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Values after 1, 2 and 3 steps worked out by hand, in the style of DJL's OptimizerTest. One
 * parameter θ0 = 1, gradients g1 = 1, g2 = 2, g3 = −1, learning rate η = 0.1, double precision.
 */
class OptimizerTest {
  private static final double[] GRADS = {1, 2, -1};

  private static double[] run(Optimizer opt, DataType type) {
    INDArray theta = Nd4j.createFromArray(1.0).castTo(type).reshape(1);
    double[] after = new double[GRADS.length];
    for (int i = 0; i < GRADS.length; i++) {
      INDArray g = Nd4j.createFromArray(GRADS[i]).castTo(type).reshape(1);
      opt.step(theta, g, 0.1);
      assertThat(g.getDouble(0)).as("gradient untouched").isEqualTo(GRADS[i]);
      after[i] = theta.getDouble(0);
    }
    return after;
  }

  private static double[] run(Optimizer opt) {
    return run(opt, DataType.DOUBLE);
  }

  private static void assertSteps(double[] actual, double... expected) {
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("after step %d", i + 1).isCloseTo(expected[i], within(1e-12));
    }
  }

  @Test
  void plainSgd() {
    // θ1 = 1 − 0.1·1 = 0.9; θ2 = 0.9 − 0.1·2 = 0.7; θ3 = 0.7 + 0.1 = 0.8
    assertSteps(run(new Sgd(1, DataType.DOUBLE, 0, false, 0)), 0.9, 0.7, 0.8);
  }

  @Test
  void sgdWithMomentum() {
    // v1 = 1,               θ1 = 1 − 0.1·1 = 0.9
    // v2 = 0.9·1 + 2 = 2.9, θ2 = 0.9 − 0.29 = 0.61
    // v3 = 0.9·2.9 − 1 = 1.61, θ3 = 0.61 − 0.161 = 0.449
    assertSteps(run(new Sgd(1, DataType.DOUBLE, 0.9, false, 0)), 0.9, 0.61, 0.449);
  }

  @Test
  void sgdWithNesterovMomentum() {
    // v1 = 1,    θ1 = 1 − 0.1·(1 + 0.9·1) = 0.81
    // v2 = 2.9,  θ2 = 0.81 − 0.1·(2 + 0.9·2.9) = 0.81 − 0.461 = 0.349
    // v3 = 1.61, θ3 = 0.349 − 0.1·(−1 + 0.9·1.61) = 0.349 − 0.0449 = 0.3041
    assertSteps(run(new Sgd(1, DataType.DOUBLE, 0.9, true, 0)), 0.81, 0.349, 0.3041);
  }

  @Test
  void sgdWithWeightDecayAsL2() {
    // λ = 0.5, no momentum: θ ← θ − η(g + λθ)
    // θ1 = 1 − 0.1·(1 + 0.5) = 0.85
    // θ2 = 0.85 − 0.1·(2 + 0.425) = 0.6075
    // θ3 = 0.6075 − 0.1·(−1 + 0.30375) = 0.677125
    assertSteps(run(new Sgd(1, DataType.DOUBLE, 0, false, 0.5)), 0.85, 0.6075, 0.677125);
    // with μ = 0.9: d1 = 1.5, v1 = 1.5, θ1 = 0.85
    //   d2 = 2 + 0.425 = 2.425, v2 = 1.35 + 2.425 = 3.775, θ2 = 0.85 − 0.3775 = 0.4725
    //   d3 = −1 + 0.23625 = −0.76375, v3 = 3.3975 − 0.76375 = 2.63375, θ3 = 0.4725 − 0.263375 = 0.209125
    assertSteps(run(new Sgd(1, DataType.DOUBLE, 0.9, false, 0.5)), 0.85, 0.4725, 0.209125);
    // with Nesterov: d1 = 1.5, v1 = 1.5, θ1 = 1 − 0.1·(1.5 + 0.9·1.5) = 0.715
    assertSteps(run(new Sgd(1, DataType.DOUBLE, 0.9, true, 0.5)), 0.715);
  }

  @Test
  void adam() {
    // β1 = 0.9, β2 = 0.999, ε = 1e-8
    // t=1: m = 0.1, v = 0.001, m̂ = 0.1/0.1 = 1, v̂ = 0.001/0.001 = 1
    //      θ1 = 1 − 0.1·1/(1 + 1e-8) = 0.900000001
    // t=2: m = 0.09 + 0.2 = 0.29, v = 0.000999 + 0.004 = 0.004999
    //      m̂ = 0.29/0.19 = 1.5263158, v̂ = 0.004999/0.001999 = 2.5007504, √v̂ = 1.5813761
    //      θ2 = 0.900000001 − 0.1·1.5263158/1.5813761 = 0.8034817990
    // t=3: m = 0.261 − 0.1 = 0.161, v = 0.004994001 + 0.001 = 0.005994001
    //      m̂ = 0.161/0.271 = 0.5940959, v̂ = 0.005994001/0.002997001 = 1.9999997, √v̂ = 1.4142134
    //      θ3 = 0.8034817990 − 0.1·0.5940959/1.4142134 = 0.7614728690
    double[] after = run(new Adam(1, DataType.DOUBLE, 0.9, 0.999, 1e-8, 0));
    assertThat(after[0]).isCloseTo(0.900000001, within(1e-12));
    assertThat(after[1]).isCloseTo(0.8034817990, within(1e-9));
    assertThat(after[2]).isCloseTo(0.7614728690, within(1e-9));
  }

  @Test
  void adamWithL2WeightDecay() {
    // λ = 0.1 enters the gradient: d1 = 1 + 0.1·1 = 1.1, m = 0.11, v = 0.00121, m̂ = 1.1, √v̂ = 1.1
    //   θ1 = 1 − 0.1·1.1/(1.1 + 1e-8) = 0.9000000009
    // t=2: d2 = 2 + 0.1·0.9000000009 = 2.0900000001, m = 0.099 + 0.209 = 0.308,
    //   v = 0.00120879 + 0.00436810 = 0.00557689, m̂ = 1.6210526, √v̂ = √2.7898399 = 1.6702814
    //   θ2 = 0.9000000009 − 0.1·1.6210526/1.6702814 = 0.8029473347
    // t=3: d3 = −1 + 0.0802947 = −0.9197053, m = 0.2772 − 0.0919705 = 0.1852295,
    //   v = 0.0055713 + 0.0008459 = 0.0064172, m̂ = 0.6835036, √v̂ = √2.1411974 = 1.4632831
    //   θ3 = 0.8029473347 − 0.1·0.6835036/1.4632831 = 0.7562370580
    double[] after = run(new Adam(1, DataType.DOUBLE, 0.9, 0.999, 1e-8, 0.1));
    assertThat(after[0]).isCloseTo(0.9000000009, within(1e-10));
    assertThat(after[1]).isCloseTo(0.8029473347, within(1e-9));
    assertThat(after[2]).isCloseTo(0.7562370580, within(1e-9));
  }

  @Test
  void adamWDecouplesTheDecay() {
    // moments as for plain Adam; θ is first shrunk by (1 − η·λ) = 0.99
    //   θ1 = 0.99·1 − 0.1·1/(1 + 1e-8) = 0.890000001
    //   θ2 = 0.99·0.890000001 − 0.1·1.5263158/1.5813761 = 0.8811000010 − 0.0965182 = 0.7845817990
    //   θ3 = 0.99·0.7845817990 − 0.1·0.5940959/1.4142134 = 0.7767359810 − 0.0420089 = 0.7347270510
    double[] after = run(new AdamW(1, DataType.DOUBLE, 0.9, 0.999, 1e-8, 0.1));
    assertThat(after[0]).isCloseTo(0.890000001, within(1e-12));
    assertThat(after[1]).isCloseTo(0.7845817990, within(1e-9));
    assertThat(after[2]).isCloseTo(0.7347270510, within(1e-9));
  }

  @Test
  void floatPathsAgreeWithDouble() {
    double[] d = run(new Adam(1, DataType.DOUBLE, 0.9, 0.999, 1e-8, 0.1));
    double[] f = run(new Adam(1, DataType.FLOAT, 0.9, 0.999, 1e-8, 0.1), DataType.FLOAT);
    double[] ds = run(new Sgd(1, DataType.DOUBLE, 0.9, true, 0.5));
    double[] fs = run(new Sgd(1, DataType.FLOAT, 0.9, true, 0.5), DataType.FLOAT);
    for (int i = 0; i < 3; i++) {
      assertThat(f[i]).isCloseTo(d[i], within(1e-6));
      assertThat(fs[i]).isCloseTo(ds[i], within(1e-6));
    }
  }

  @Test
  void updatesEveryElementOfAVectorView() {
    // two tasks' worth of parameters in one matrix; the optimiser sees row 1 only
    INDArray all = Nd4j.ones(DataType.FLOAT, 2, 3);
    INDArray g = Nd4j.createFromArray(1f, 2f, 3f);
    new Sgd(3, DataType.FLOAT, 0, false, 0).step(all.getRow(1), g, 0.5);
    assertThat(all.getRow(0).toFloatVector()).containsExactly(1, 1, 1);
    assertThat(all.getRow(1).toFloatVector()).containsExactly(0.5f, 0, -0.5f);
    Adam adam = new Adam(3, DataType.FLOAT, 0.9, 0.999, 1e-8, 0);
    adam.step(all.getRow(0), g, 0.1);
    // first Adam step moves each coordinate by η·sign(g)
    assertThat(all.getRow(0).toFloatVector()).containsExactly(0.9f, 0.9f, 0.9f);
    assertThat(adam.steps()).isEqualTo(1);
  }

  @Test
  void rejectsMismatchedVectors() {
    Sgd sgd = new Sgd(3, DataType.FLOAT, 0, false, 0);
    assertThatThrownBy(() -> sgd.step(Nd4j.zeros(DataType.FLOAT, 4), Nd4j.zeros(DataType.FLOAT, 4), 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("made for 3");
    Adam adam = new Adam(3, DataType.FLOAT, 0.9, 0.999, 1e-8, 0);
    assertThatThrownBy(() -> adam.step(Nd4j.zeros(DataType.DOUBLE, 3), Nd4j.zeros(DataType.DOUBLE, 3), 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FLOAT");
    assertThatThrownBy(() -> new Sgd(3, DataType.FLOAT, 0, true, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}

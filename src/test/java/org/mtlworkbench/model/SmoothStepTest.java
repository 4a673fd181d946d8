package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** DSelect-k's smooth step against values worked out by hand from S(t) = −2t³/γ³ + 3t/(2γ) + 1/2. */
class SmoothStepTest {
  private static final double EXACT = 1e-15;

  @Test
  void valuesForGammaOne() {
    SmoothStep s = new SmoothStep(1.0);
    assertThat(s.value(0.0)).isEqualTo(0.5);
    // −2/64 + 3/8 + 1/2
    assertThat(s.value(0.25)).isCloseTo(0.84375, within(EXACT));
    assertThat(s.value(-0.25)).isCloseTo(0.15625, within(EXACT));
    // the cubic meets 0 and 1 at ±γ/2: −2/8 + 3/4 + 1/2 = 1
    assertThat(s.value(0.5)).isEqualTo(1.0);
    assertThat(s.value(-0.5)).isEqualTo(0.0);
    assertThat(s.value(0.7)).isEqualTo(1.0);
    assertThat(s.value(-3.0)).isEqualTo(0.0);
  }

  @Test
  void derivativesForGammaOne() {
    SmoothStep s = new SmoothStep(1.0);
    assertThat(s.derivative(0.0)).isCloseTo(1.5, within(EXACT));
    // −6/16 + 3/2
    assertThat(s.derivative(0.25)).isCloseTo(1.125, within(EXACT));
    assertThat(s.derivative(-0.25)).isCloseTo(1.125, within(EXACT));
    // the derivative is continuous: −6/4 + 3/2 = 0 at the knots, 0 outside
    assertThat(s.derivative(0.5)).isEqualTo(0.0);
    assertThat(s.derivative(-0.5)).isEqualTo(0.0);
    assertThat(s.derivative(0.4999999)).isCloseTo(0.0, within(1e-6));
    assertThat(s.derivative(2.0)).isEqualTo(0.0);
  }

  @Test
  void gammaScalesTheArgument() {
    // S_γ(t) = S_1(t/γ), S_γ'(t) = S_1'(t/γ)/γ: at γ = 2, t = 0.5 → 0.84375 and 1.125 / 2
    SmoothStep s = new SmoothStep(2.0);
    assertThat(s.value(0.5)).isCloseTo(0.84375, within(EXACT));
    assertThat(s.derivative(0.5)).isCloseTo(0.5625, within(EXACT));
    assertThat(s.value(1.0)).isEqualTo(1.0);
    assertThat(s.value(0.9)).isLessThan(1.0);
  }

  @Test
  void theDerivativeIsTheSlopeOfTheValue() {
    SmoothStep s = new SmoothStep(0.7);
    double h = 1e-6;
    for (double t = -0.34; t <= 0.34; t += 0.017) {
      double slope = (s.value(t + h) - s.value(t - h)) / (2 * h);
      assertThat(s.derivative(t)).as("t = %s", t).isCloseTo(slope, within(1e-8));
    }
  }

  @Test
  void gammaMustBePositive() {
    assertThatThrownBy(() -> new SmoothStep(0.0)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The single-expert selector against products worked out by hand: with s = (a, b) and n = 4 the
 * codes 00, 01, 10, 11 give r = ((1−a)(1−b), (1−a)b, a(1−b), ab).
 */
class BinarySelectorTest {
  @Test
  void bitsAreTheCeilingOfTheLogarithm() {
    assertThat(new BinarySelector(2).bits()).isEqualTo(1);
    assertThat(new BinarySelector(3).bits()).isEqualTo(2);
    assertThat(new BinarySelector(4).bits()).isEqualTo(2);
    assertThat(new BinarySelector(5).bits()).isEqualTo(3);
    assertThat(new BinarySelector(8).bits()).isEqualTo(3);
    assertThat(new BinarySelector(64).bits()).isEqualTo(6);
    assertThat(new BinarySelector(4).isPowerOfTwo()).isTrue();
    assertThat(new BinarySelector(6).isPowerOfTwo()).isFalse();
  }

  @Test
  void codesAreMostSignificantBitFirst() {
    BinarySelector sel = new BinarySelector(4);
    // expert 2 = 10
    assertThat(sel.bit(2, 0)).isTrue();
    assertThat(sel.bit(2, 1)).isFalse();
    assertThat(sel.bit(1, 0)).isFalse();
    assertThat(sel.bit(1, 1)).isTrue();
  }

  @Test
  void weightsOfFourExperts() {
    double[] r = new double[4];
    new BinarySelector(4).weights(new double[] {0.84375, 0.5}, 0, r, 0);
    assertThat(r).containsExactly(new double[] {0.078125, 0.078125, 0.421875, 0.421875}, within(1e-15));
  }

  @Test
  void aSelectorAtZeroOrOnePicksOneExpert() {
    double[] r = new double[4];
    new BinarySelector(4).weights(new double[] {1.0, 0.0}, 0, r, 0);
    assertThat(r).containsExactly(0, 0, 1, 0);
  }

  @Test
  void threeExpertsLeaveTheFourthCodeUnreached() {
    double[] r = new double[3];
    new BinarySelector(3).weights(new double[] {0.75, 0.25}, 0, r, 0);
    // 00: 0.25·0.75, 01: 0.25·0.25, 10: 0.75·0.75; code 11 (0.75·0.25 = 0.1875) names no expert
    assertThat(r).containsExactly(new double[] {0.1875, 0.0625, 0.5625}, within(1e-15));
    assertThat(r[0] + r[1] + r[2]).isCloseTo(1 - 0.1875, within(1e-15));
  }

  @Test
  void backwardOfFourExpertsByHand() {
    // L = Σ_e (e+1)·r_e: ∂L/∂a = −(1−b) − 2b + 3(1−b) + 4b = 2, ∂L/∂b = −(1−a) + 2(1−a) − 3a + 4a = 1, for any a, b
    BinarySelector sel = new BinarySelector(4);
    double[] dr = {1, 2, 3, 4};
    for (double[] s : new double[][] {{0.3, 0.9}, {0.0, 1.0}, {0.5, 0.5}}) {
      double[] ds = new double[2];
      sel.backward(s, 0, dr, 0, ds);
      assertThat(ds).containsExactly(new double[] {2, 1}, within(1e-15));
    }
  }

  @Test
  void backwardMatchesFiniteDifferencesWithOffsetsAndAnUnreachedCode() {
    BinarySelector sel = new BinarySelector(5);
    double[] s = {9, 9, 0.2, 0.7, 0.4};
    double[] dr = {7, 7, 0.3, -1.2, 2.0, 0.5, -0.7};
    double[] ds = new double[5];
    sel.backward(s, 2, dr, 2, ds);
    double h = 1e-7;
    for (int j = 0; j < 3; j++) {
      double[] up = s.clone();
      double[] down = s.clone();
      up[2 + j] += h;
      down[2 + j] -= h;
      double[] rUp = new double[7];
      double[] rDown = new double[7];
      sel.weights(up, 2, rUp, 2);
      sel.weights(down, 2, rDown, 2);
      double numeric = 0;
      for (int e = 0; e < 5; e++) {
        numeric += dr[2 + e] * (rUp[2 + e] - rDown[2 + e]) / (2 * h);
      }
      assertThat(ds[2 + j]).as("s%d", j).isCloseTo(numeric, within(1e-8));
    }
    assertThat(ds[0]).isZero();
    assertThat(ds[1]).isZero();
  }
}

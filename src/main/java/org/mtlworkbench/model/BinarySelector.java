package org.mtlworkbench.model;

/**
 * DSelect-k's single-expert selector (Hazimeh et al. 2021, eq. 3): m = ⌈log₂ n⌉ values s_j in
 * [0, 1] (smooth steps of the selector's logits) put a weight on each of the n experts by its
 * binary code, as the authors' code numbers them (expert e's code is e in m bits, most
 * significant first):
 *
 * <pre>  r_e = Π_j (bit_j(e) ? s_j : 1 − s_j),
 *   ∂r_e/∂s_j = (bit_j(e) ? 1 : −1) · Π_{l≠j} (bit_l(e) ? s_l : 1 − s_l).</pre>
 *
 * <p>When every s_j is 0 or 1 the selector is one-hot on one expert. When n is not a power of 2,
 * the codes n … 2^m − 1 reach no expert and Σ_e r_e &lt; 1 (see {@link DSelectKGate}).
 */
final class BinarySelector {
  private final int experts;
  private final int bits;

  BinarySelector(int experts) {
    if (experts < 2) {
      throw new IllegalArgumentException("a selector needs at least 2 experts, got " + experts);
    }
    this.experts = experts;
    this.bits = 32 - Integer.numberOfLeadingZeros(experts - 1);
  }

  /** m = ⌈log₂ n⌉. */
  int bits() {
    return bits;
  }

  boolean isPowerOfTwo() {
    return experts == 1 << bits;
  }

  /** Bit j (0 = most significant) of expert e's code. */
  boolean bit(int e, int j) {
    return ((e >> (bits - 1 - j)) & 1) == 1;
  }

  /** r (n values) for s (m values, from {@code s[from]} on), into {@code r[rFrom …]}. */
  void weights(double[] s, int from, double[] r, int rFrom) {
    for (int e = 0; e < experts; e++) {
      double p = 1;
      for (int j = 0; j < bits; j++) {
        p *= bit(e, j) ? s[from + j] : 1 - s[from + j];
      }
      r[rFrom + e] = p;
    }
  }

  /**
   * ∂L/∂s (m values, into {@code ds[from …]}) from ∂L/∂r (n values at {@code dr[rFrom …]}); the
   * products leave out factor j instead of dividing by it, which may be 0.
   */
  void backward(double[] s, int from, double[] dr, int rFrom, double[] ds) {
    for (int j = 0; j < bits; j++) {
      double sum = 0;
      for (int e = 0; e < experts; e++) {
        double p = bit(e, j) ? 1 : -1;
        for (int l = 0; l < bits; l++) {
          if (l != j) {
            p *= bit(e, l) ? s[from + l] : 1 - s[from + l];
          }
        }
        sum += dr[rFrom + e] * p;
      }
      ds[from + j] = sum;
    }
  }
}

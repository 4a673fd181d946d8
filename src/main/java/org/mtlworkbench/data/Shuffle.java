package org.mtlworkbench.data;

import java.util.Random;

/**
 * Seeded permutations of row indices.
 *
 * <p>{@link java.util.Random} is used on purpose: its algorithm is fixed by its specification, so
 * a seed gives the same permutation on every JDK, and a run can be repeated years later.
 */
final class Shuffle {
  private Shuffle() {}

  /** 0..n-1 in a Fisher–Yates order drawn from {@code new Random(seed)}. */
  static int[] permutation(int n, long seed) {
    int[] p = identity(n);
    Random rng = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  /**
   * One seed per (seed, stream) pair, decorrelated by the SplitMix64 finaliser (Steele et al.
   * 2014), so that neighbouring epochs do not get related {@code Random} sequences.
   */
  static long mix(long seed, long stream) {
    long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

package org.mtlworkbench.common;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent, reproducible seeds from a run seed and a name.
 *
 * <p>Why by name rather than by drawing from one generator in sequence: a part of a model (the
 * tower and head of task "price", say) then starts from the same values whatever other tasks are
 * present. That is what lets a soft-sharing run with λ = 0 reproduce single-task training exactly,
 * and lets a single-task baseline start from the same backbone as the multi-task run.
 */
public final class Seeds {
  private Seeds() {}

  /** A seed for {@code name} under {@code seed}: SplitMix64 over the seed and the name's bytes. */
  public static long derive(long seed, String name) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xFF));
    }
    return h;
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

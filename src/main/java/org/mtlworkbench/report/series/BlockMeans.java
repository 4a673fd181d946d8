package org.mtlworkbench.report.series;

import java.util.Arrays;
import org.mtlworkbench.store.Series;

/**
 * A curve kept at a bounded size by averaging blocks of steps, so that seeds can still be averaged
 * step by step afterwards. Block b holds the steps in [b·k, (b+1)·k), with the block length k =
 * ⌈(last step + 1) / maxPoints⌉ chosen from the curve's last step alone: seeds of one experiment
 * record the same steps, so their curves are cut at the same places, and each block is placed at
 * the last step it holds. NaN values are left out; a block with none is dropped. A curve of at most
 * {@code maxPoints} steps' span (k = 1) is kept as it is.
 *
 * <p>Unlike {@link Decimated} (per pixel column the extremes, for drawing one curve), the result is
 * a curve of its own that a mean over seeds ({@link SeedBand}) can be taken of; averaging also
 * takes out the step-to-step noise that would otherwise fill a band of training losses.
 */
public final class BlockMeans {
  private BlockMeans() {}

  /** The block length for a curve whose last step is {@code lastStep}: 1 when it fits as it is. */
  public static long blockLength(long lastStep, int maxPoints) {
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints must be 1 or more, got " + maxPoints);
    }
    long span = Math.max(0, lastStep) + 1;
    return Math.max(1, (span + maxPoints - 1) / maxPoints);
  }

  /** {@code s} reduced to block means, at most {@code maxPoints} of them (see the class comment). */
  public static Series of(Series s, int maxPoints) {
    int n = s.size();
    if (n == 0) {
      return s;
    }
    long k = blockLength(s.steps()[n - 1], maxPoints);
    if (k == 1) {
      return s;
    }
    long[] steps = new long[Math.min(n, maxPoints)];
    double[] values = new double[steps.length];
    int out = 0;
    int i = 0;
    while (i < n) {
      long block = Math.floorDiv(s.steps()[i], k);
      double sum = 0;
      int count = 0;
      long last = s.steps()[i];
      while (i < n && Math.floorDiv(s.steps()[i], k) == block) {
        double v = s.values()[i];
        if (!Double.isNaN(v)) {
          sum += v;
          count++;
        }
        last = s.steps()[i];
        i++;
      }
      if (count > 0) {
        if (out == steps.length) {
          steps = Arrays.copyOf(steps, out * 2);
          values = Arrays.copyOf(values, out * 2);
        }
        steps[out] = last;
        values[out] = sum / count;
        out++;
      }
    }
    return new Series(Arrays.copyOf(steps, out), Arrays.copyOf(values, out));
  }
}

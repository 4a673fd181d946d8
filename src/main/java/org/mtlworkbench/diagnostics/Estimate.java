package org.mtlworkbench.diagnostics;

/**
 * A statistic over a window of measured steps with its confidence interval, or the reason there
 * is none: too few steps ({@link #needed()} &gt; 0) or a value that is undefined (NaN, e.g. a
 * ratio whose denominator is not above noise).
 *
 * @param value the point estimate (NaN when not available)
 * @param low lower end of the confidence interval
 * @param high upper end
 * @param steps measured steps the estimate rests on (those with a defined value)
 * @param batches b, the number of contiguous batches the interval comes from
 * @param batchSize m, the steps per batch (the estimate uses the last b·m steps)
 * @param needed when above 0: the steps needed for an estimate, of which only {@code steps} were there
 */
public record Estimate(double value, double low, double high, int steps, int batches, int batchSize, int needed) {

  /** Too few steps: {@code steps} of {@code needed}. */
  public static Estimate insufficient(int steps, int needed) {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN, steps, 0, 0, needed);
  }

  /** Enough steps, but the statistic is undefined on them. */
  public static Estimate undefined(int steps, int batches, int batchSize) {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN, steps, batches, batchSize, 0);
  }

  /** Whether there is a value with an interval. */
  public boolean defined() {
    return needed == 0 && Double.isFinite(value) && Double.isFinite(low) && Double.isFinite(high);
  }

  /** The steps the estimate uses: the last b·m of {@link #steps()} (the oldest remainder is left out). */
  public int used() {
    return batches * batchSize;
  }

  /** Whether the window was too short. */
  public boolean tooFewSteps() {
    return needed > 0;
  }

  /** Half the width of the interval (for "value ± half"). */
  public double halfWidth() {
    return (high - low) / 2;
  }

  /** The interval lies entirely below {@code bound}. */
  public boolean below(double bound) {
    return defined() && high < bound;
  }

  /** The interval lies entirely above {@code bound}. */
  public boolean above(double bound) {
    return defined() && low > bound;
  }

  /** The same estimate mapped through an increasing function (e.g. exp of a mean log ratio). */
  public Estimate map(java.util.function.DoubleUnaryOperator increasing) {
    return new Estimate(increasing.applyAsDouble(value), increasing.applyAsDouble(low), increasing.applyAsDouble(high), steps,
        batches, batchSize, needed);
  }
}

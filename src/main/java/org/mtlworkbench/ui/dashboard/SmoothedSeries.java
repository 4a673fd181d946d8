package org.mtlworkbench.ui.dashboard;

import java.util.Arrays;
import org.mtlworkbench.report.series.DebiasedEma;
import org.mtlworkbench.report.series.MinMaxIndex;

/**
 * One per-task series of a run copied out of the metrics log as it grows, at full resolution,
 * with its debiased-EMA smoothing kept up to date incrementally (recomputed over the whole series
 * only when the smoothing weight changes), and both indexed for decimation ({@link MinMaxIndex}).
 */
public final class SmoothedSeries {
  private float[] raw = new float[1024];
  private float[] smooth = new float[1024];
  private int size;
  private DebiasedEma ema;
  private final MinMaxIndex rawIndex = new MinMaxIndex();
  private final MinMaxIndex smoothIndex = new MinMaxIndex();

  public SmoothedSeries(double weight) {
    ema = new DebiasedEma(weight);
  }

  /** Appends {@code values[0..count)}. */
  public void append(float[] values, int count) {
    if (size + count > raw.length) {
      int capacity = Math.max(raw.length * 2, size + count);
      raw = Arrays.copyOf(raw, capacity);
      smooth = Arrays.copyOf(smooth, capacity);
    }
    System.arraycopy(values, 0, raw, size, count);
    ema.apply(raw, size, size + count, smooth);
    size += count;
    rawIndex.update(raw, size);
    smoothIndex.update(smooth, size);
  }

  /** Smooths the whole series again with another weight. */
  public void setWeight(double weight) {
    if (weight == ema.weight()) {
      return;
    }
    ema = new DebiasedEma(weight);
    ema.apply(raw, 0, size, smooth);
    smoothIndex.reset();
    smoothIndex.update(smooth, size);
  }

  public int size() {
    return size;
  }

  /** The values as recorded (do not modify; valid below {@link #size()}). */
  public float[] raw() {
    return raw;
  }

  public MinMaxIndex rawIndex() {
    return rawIndex;
  }

  public MinMaxIndex smoothedIndex() {
    return smoothIndex;
  }

  /** The smoothed values (do not modify; valid below {@link #size()}). */
  public float[] smoothed() {
    return smooth;
  }
}

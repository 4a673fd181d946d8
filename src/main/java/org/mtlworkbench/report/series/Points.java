package org.mtlworkbench.report.series;

import java.util.Arrays;

/** A reusable, growable list of (x, y) points: refilled every frame without allocating. */
public final class Points {
  private double[] x = new double[256];
  private double[] y = new double[256];
  private int size;

  public void clear() {
    size = 0;
  }

  public void add(double px, double py) {
    if (size == x.length) {
      x = Arrays.copyOf(x, size * 2);
      y = Arrays.copyOf(y, size * 2);
    }
    x[size] = px;
    y[size] = py;
    size++;
  }

  /** Keeps the first {@code n} points. */
  public void truncate(int n) {
    size = Math.min(size, n);
  }

  public int size() {
    return size;
  }

  public double x(int i) {
    return x[i];
  }

  public double y(int i) {
    return y[i];
  }

  /** Replaces this list's points by a copy of {@code other}'s. */
  public void copyFrom(Points other) {
    if (x.length < other.size) {
      x = new double[other.x.length];
      y = new double[other.y.length];
    }
    System.arraycopy(other.x, 0, x, 0, other.size);
    System.arraycopy(other.y, 0, y, 0, other.size);
    size = other.size;
  }
}

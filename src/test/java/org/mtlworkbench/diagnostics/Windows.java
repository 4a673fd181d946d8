package org.mtlworkbench.diagnostics;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Hand-made gradient windows for tests: every series filled, then edited by the test. */
final class Windows {
  final int k;
  final int n;
  final long[] steps;
  final double[][] norms;
  final double[][] weights;
  final double[][][] cosines;
  final double[][][] lagged;
  final double[][] self;
  final double[][] update;
  final double[][] losses;

  /** K tasks, n steps (numbered 10·t); norms and weights 1, cosines 0, self-agreement 0.3, update cosine 0.5, loss 1. */
  Windows(int k, int n) {
    this.k = k;
    this.n = n;
    steps = new long[n];
    for (int t = 0; t < n; t++) {
      steps[t] = 10L * t;
    }
    norms = filled(k, n, 1);
    weights = filled(k, n, 1);
    cosines = new double[k][k][n];
    lagged = new double[k][k][n];
    self = filled(k, n, 0.3);
    update = filled(k, n, 0.5);
    losses = filled(k, n, 1);
  }

  GradientWindow window() {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 1; i <= k; i++) {
      names.add("y" + i);
    }
    return new GradientWindow(names, steps, norms, weights, cosines, lagged, self, update, losses);
  }

  /** Sets the pair's lagged cosine to {@code mean} plus Gaussian noise of {@code sd}. */
  Windows lagged(int i, int j, double mean, double sd, Random rng) {
    for (int t = 0; t < n; t++) {
      lagged[i][j][t] = mean + sd * rng.nextGaussian();
    }
    return this;
  }

  Windows self(int task, double mean, double sd, Random rng) {
    for (int t = 0; t < n; t++) {
      self[task][t] = mean + sd * rng.nextGaussian();
    }
    return this;
  }

  private static double[][] filled(int k, int n, double v) {
    double[][] a = new double[k][n];
    for (double[] r : a) {
      Arrays.fill(r, v);
    }
    return a;
  }
}

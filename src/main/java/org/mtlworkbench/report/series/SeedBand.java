package org.mtlworkbench.report.series;

import java.util.List;
import java.util.TreeMap;
import org.mtlworkbench.diagnostics.MeanStd;

/**
 * One curve over several seeds of the same experiment: at each step, the mean and the sample
 * standard deviation (n − 1) of the seeds that recorded that step ({@link MeanStd}). Drawn as the
 * mean with a band of ± one standard deviation; where only one seed has the step the band has no
 * width.
 *
 * @param steps the steps, ascending (every step any seed recorded)
 * @param mean mean over the seeds at each step
 * @param std sample standard deviation at each step (0 where fewer than two seeds)
 * @param seeds how many seeds had each step
 */
public record SeedBand(long[] steps, double[] mean, double[] std, int[] seeds) {

  /**
   * The band of curves given as (steps, values) pairs, one per seed.
   *
   * @param steps per seed, its steps
   * @param values per seed, its values at those steps (NaN values are left out)
   */
  public static SeedBand of(List<long[]> steps, List<double[]> values) {
    TreeMap<Long, double[]> byStep = new TreeMap<>();
    int runs = steps.size();
    for (int r = 0; r < runs; r++) {
      long[] s = steps.get(r);
      double[] v = values.get(r);
      for (int i = 0; i < s.length; i++) {
        double[] cell = byStep.computeIfAbsent(s[i], k -> nan(runs));
        cell[r] = v[i];
      }
    }
    int n = byStep.size();
    long[] outSteps = new long[n];
    double[] mean = new double[n];
    double[] std = new double[n];
    int[] count = new int[n];
    int i = 0;
    for (var e : byStep.entrySet()) {
      MeanStd m = MeanStd.of(e.getValue());
      outSteps[i] = e.getKey();
      mean[i] = m.mean();
      std[i] = m.n() < 2 ? 0 : m.std();
      count[i] = m.n();
      i++;
    }
    return new SeedBand(outSteps, mean, std, count);
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  public int size() {
    return steps.length;
  }
}

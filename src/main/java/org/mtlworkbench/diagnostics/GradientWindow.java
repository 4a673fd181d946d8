package org.mtlworkbench.diagnostics;

import java.util.List;

/**
 * The per-task gradient measurements of the last few measured steps, as plain arrays (what the
 * gradient findings read; filled from a run's metrics log by the layer above).
 *
 * @param tasks task names, in model order
 * @param steps the step number of each column, ascending
 * @param norms {@code [task][t]} gradient norm of the task's own (unweighted) loss on the shared
 *     part at column t
 * @param weights {@code [task][t]} the weight the balancing strategy gave the task's loss at
 *     column t
 * @param cosines {@code [i][j][t]} cosine between tasks i and j at column t (filled for i &lt; j)
 */
public record GradientWindow(List<String> tasks, long[] steps, double[][] norms, double[][] weights, double[][][] cosines) {
  public GradientWindow {
    tasks = List.copyOf(tasks);
  }

  /** Number of measured steps. */
  public int size() {
    return steps.length;
  }
}

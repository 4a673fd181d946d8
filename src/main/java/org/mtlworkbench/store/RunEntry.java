package org.mtlworkbench.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One row of the runs view, read from run.json (and, for a run that never recorded its end, the
 * last line of metrics.csv): fast enough to list hundreds of runs.
 *
 * @param dir the run's folder
 * @param name what the run ran ({@link RunLabel}): "Correlated regression, p = 0.9 · mmoe · pcgrad · seed 3"
 * @param experiment the experiment's name as written in it
 * @param startedAt when it started, or null when run.json does not say
 * @param dataset the data source (file name or generator), or null
 * @param sharing hard, soft, cross-stitch or mmoe
 * @param strategy the balancing strategy's name
 * @param seed the run's seed
 * @param status how it stands
 * @param progress steps done of those planned, and how long it ran (for a crashed run: until its
 *     last write)
 * @param finalSplit the split {@code finalMetrics} are of: test when the run has it, else
 *     validation; null when it has none
 * @param finalMetrics task → metric → value on {@code finalSplit}; for a crashed run, the last
 *     validation values it wrote; empty while running
 * @param taskMetrics task → the metric its experiment scores it by (mse, accuracy, ...)
 */
public record RunEntry(
    Path dir,
    String name,
    String experiment,
    Instant startedAt,
    String dataset,
    String sharing,
    String strategy,
    long seed,
    StoredStatus status,
    RunProgress progress,
    String finalSplit,
    Map<String, Map<String, Double>> finalMetrics,
    Map<String, String> taskMetrics) {

  /** Steps done. */
  public long steps() {
    return progress.steps();
  }
}

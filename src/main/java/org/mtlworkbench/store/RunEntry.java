package org.mtlworkbench.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One row of the runs view, read from run.json only (fast enough to list hundreds of runs).
 *
 * @param dir the run's folder
 * @param name the experiment's name
 * @param startedAt when it started, or null when run.json does not say
 * @param dataset the data source (file name or generator), or null
 * @param sharing hard, soft, cross-stitch or mmoe
 * @param strategy the balancing strategy's name
 * @param seed the run's seed
 * @param status how it stands
 * @param steps steps done (0 while running: run.json records steps when the run ends)
 * @param finalMetrics task → metric → value on the test split if present, else validation;
 *     empty while running
 */
public record RunEntry(
    Path dir,
    String name,
    Instant startedAt,
    String dataset,
    String sharing,
    String strategy,
    long seed,
    StoredStatus status,
    long steps,
    Map<String, Map<String, Double>> finalMetrics) {}

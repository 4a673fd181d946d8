package org.mtlworkbench.data;

/**
 * {@code {"type": "correlated-regression", ...}}: {@link CorrelatedRegressionGenerator} data.
 *
 * @param rows number of rows, default 10000
 * @param features input dimension d, default 100 (as in Ma et al. 2018)
 * @param tasks number of tasks K, default 2
 * @param correlation cosine p between the task weight vectors, default 0.5
 * @param seed generator seed, default 1 (independent of the run's seed: the data stay the same
 *     when only the training seed changes)
 */
public record CorrelatedRegressionSpec(
    Integer rows, Integer features, Integer tasks, Double correlation, Long seed)
    implements GeneratorSpec {
  public static final String TYPE = "correlated-regression";

  public CorrelatedRegressionSpec {
    rows = rows == null ? 10_000 : rows;
    features = features == null ? 100 : features;
    tasks = tasks == null ? 2 : tasks;
    correlation = correlation == null ? 0.5 : correlation;
    seed = seed == null ? 1L : seed;
  }

  @Override
  public Dataset generate() {
    return new CorrelatedRegressionGenerator(features, tasks, correlation, seed).generate(rows);
  }

  @Override
  public String type() {
    return TYPE;
  }
}

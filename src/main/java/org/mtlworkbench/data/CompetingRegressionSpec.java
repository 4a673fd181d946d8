package org.mtlworkbench.data;

import static java.util.Collections.unmodifiableList;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"type": "competing-regression", ...}}: {@link CompetingRegressionGenerator} data.
 *
 * @param rows number of rows, default 4000
 * @param features input dimension d, default 100
 * @param scales σ_k, one per task, default [1, 1.25]
 * @param seed generator seed, default 1
 */
public record CompetingRegressionSpec(Integer rows, Integer features, List<Double> scales, Long seed) implements GeneratorSpec {
  public static final String TYPE = "competing-regression";

  public CompetingRegressionSpec {
    rows = rows == null ? 4000 : rows;
    features = features == null ? 100 : features;
    // Nulls inside the list are kept, so that the generator can name them in its error.
    scales = scales == null ? List.of(1.0, 1.25) : unmodifiableList(new ArrayList<>(scales));
    seed = seed == null ? 1L : seed;
  }

  @Override
  public Dataset generate() {
    return new CompetingRegressionGenerator(features, scales, seed).generate(rows);
  }

  @Override
  public String type() {
    return TYPE;
  }
}

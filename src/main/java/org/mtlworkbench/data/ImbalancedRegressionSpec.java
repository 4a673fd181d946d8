package org.mtlworkbench.data;

import static java.util.Collections.unmodifiableList;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"type": "imbalanced-regression", ...}}: {@link ImbalancedRegressionGenerator} data.
 *
 * @param rows number of rows, default 10000
 * @param features input dimension d, default 250 (as in Chen et al. 2018)
 * @param scales σ_i, one per task, default [1, 10, 100]
 * @param outputs the P tanh units summed into each target, default 100 (as in the paper)
 * @param seed generator seed, default 1
 */
public record ImbalancedRegressionSpec(
    Integer rows, Integer features, List<Double> scales, Integer outputs, Long seed)
    implements GeneratorSpec {
  public static final String TYPE = "imbalanced-regression";

  public ImbalancedRegressionSpec {
    rows = rows == null ? 10_000 : rows;
    features = features == null ? 250 : features;
    // Nulls inside the list are kept, so that the generator can name them in its error.
    scales = scales == null ? List.of(1.0, 10.0, 100.0) : unmodifiableList(new ArrayList<>(scales));
    outputs = outputs == null ? 100 : outputs;
    seed = seed == null ? 1L : seed;
  }

  @Override
  public Dataset generate() {
    return new ImbalancedRegressionGenerator(features, scales, outputs, seed).generate(rows);
  }

  @Override
  public String type() {
    return TYPE;
  }
}

package org.mtlworkbench.data;

import java.util.List;
import org.mtlworkbench.common.InputException;

/**
 * The {@code "data"} section of an experiment file: where the rows come from and how they are
 * prepared. Loaded by {@link DataPreparer}.
 *
 * <pre>
 * "data": {
 *   "csv": "relative/or/absolute.csv",   // exactly one of csv / generator
 *   "generator": {"type": "correlated-regression", ...} | {"type": "imbalanced-regression", ...},
 *   "features": null,                    // csv only; null = every column that is not a target
 *   "impute": "none",                    // "none" | "mean"
 *   "split": {"train": 0.8, "validation": 0.1, "test": 0.1},
 *   "standardize": true
 * }
 * </pre>
 *
 * <p>A relative {@code csv} path is resolved against the experiment file's folder. Invalid
 * combinations are an {@link InputException} naming the field (Jackson wraps it in a
 * {@code ValueInstantiationException} whose cause it is).
 *
 * @param csv path of a CSV file with a header line
 * @param generator synthetic data instead of a file
 * @param features feature columns of the CSV; {@code null} = all non-target columns
 * @param impute {@code "none"} (default) or {@code "mean"}
 * @param split train / validation / test fractions, default 0.8 / 0.1 / 0.1
 * @param standardize standardise features with training statistics, default true
 */
public record DataSpec(
    String csv,
    GeneratorSpec generator,
    List<String> features,
    String impute,
    SplitSpec split,
    Boolean standardize) {

  public DataSpec {
    if ((csv == null) == (generator == null)) {
      throw new InputException("data: give exactly one of \"csv\" and \"generator\"");
    }
    if (csv != null && csv.isBlank()) {
      throw new InputException("data.csv: the path is empty");
    }
    if (generator != null && features != null) {
      throw new InputException(
          "data.features: only for csv data; generated features are named x1..xd");
    }
    if (features != null && features.stream().anyMatch(f -> f == null || f.isBlank())) {
      throw new InputException("data.features: a feature name is empty");
    }
    features = features == null ? null : List.copyOf(features);
    impute = impute == null ? Imputation.NONE.jsonName() : impute;
    Imputation.parse(impute, "data.impute");
    split = split == null ? SplitSpec.defaults() : split;
    standardize = standardize == null ? Boolean.TRUE : standardize;
  }

  /** Data from a CSV file, with every default. */
  public static DataSpec ofCsv(String csv) {
    return new DataSpec(csv, null, null, null, null, null);
  }

  /** Generated data, with every default. */
  public static DataSpec ofGenerator(GeneratorSpec generator) {
    return new DataSpec(null, generator, null, null, null, null);
  }

  /** {@link #impute} as an enum. */
  public Imputation imputation() {
    return Imputation.parse(impute, "data.impute");
  }
}

package org.mtlworkbench.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;

/**
 * What to take from a CSV file and how.
 *
 * @param targets the target columns, by header name, in the order the dataset will hold them
 * @param features the feature columns by name, or {@code null} for every column that is not a
 *     target
 * @param impute what to do with missing feature cells; {@code null} means {@link Imputation#NONE}
 * @param typeOverrides per target name, a type that replaces the detected one; {@code null} means
 *     none
 */
public record CsvOptions(
    List<String> targets,
    List<String> features,
    Imputation impute,
    Map<String, TaskType> typeOverrides) {

  public CsvOptions {
    if (targets == null || targets.isEmpty()) {
      throw new InputException("CSV options: name at least one target column");
    }
    targets = List.copyOf(targets);
    features = features == null ? null : List.copyOf(features);
    impute = impute == null ? Imputation.NONE : impute;
    typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
  }

  /** Options with these targets, every other column a feature, no imputation, detected types. */
  public static CsvOptions targets(String... names) {
    return new CsvOptions(List.of(names), null, null, null);
  }

  public CsvOptions withFeatures(String... names) {
    return new CsvOptions(targets, List.of(names), impute, typeOverrides);
  }

  public CsvOptions withImpute(Imputation imputation) {
    return new CsvOptions(targets, features, imputation, typeOverrides);
  }

  public CsvOptions withType(String target, TaskType type) {
    Map<String, TaskType> m = new HashMap<>(typeOverrides);
    m.put(target, type);
    return new CsvOptions(targets, features, impute, m);
  }
}

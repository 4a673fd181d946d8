package org.mtlworkbench.data;

import java.util.Arrays;
import java.util.Locale;
import org.mtlworkbench.common.InputException;

/**
 * What to do with a missing feature cell (empty or {@code NaN}).
 *
 * <p>Missing <em>target</em> cells are never imputed: they mean "no label for that task" and are
 * masked out of the loss.
 */
public enum Imputation {
  /** A missing feature cell is an error naming the cell. */
  NONE,
  /** A missing feature cell takes the mean of the column's non-missing values. */
  MEAN;

  /** The lower-case name used in experiment files and on the command line. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code "none"} or {@code "mean"}.
   *
   * @param field where the value came from, for the error message (e.g. {@code data.impute})
   */
  public static Imputation parse(String value, String field) {
    for (Imputation i : values()) {
      if (i.jsonName().equals(value)) {
        return i;
      }
    }
    throw new InputException(
        field + ": '" + value + "' is not one of "
            + String.join(", ", Arrays.stream(values()).map(Imputation::jsonName).toList()));
  }
}

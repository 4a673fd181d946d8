package org.mtlworkbench.data;

import java.util.Arrays;
import org.mtlworkbench.common.InputException;

/**
 * A dataset cut into disjoint training, validation and test rows.
 *
 * <p>Rows keep the shuffled order inside each split; a {@link LabelBudget} that keeps "the first
 * N labels" of the training split therefore keeps a random sample, not the top of the file.
 */
public record DataSplits(Dataset train, Dataset validation, Dataset test) {

  /**
   * Shuffles the row indices with {@code seed} and cuts them in the given proportions.
   *
   * <p>Row counts: {@code round(train·n)} training rows, {@code round(validation·n)} validation
   * rows, the rest test rows. A split with a positive fraction must receive at least one row;
   * validation and test may be 0 (then they are empty datasets).
   */
  public static DataSplits split(
      Dataset data, double train, double validation, double test, long seed) {
    validate(train, validation, test);
    int n = data.rows();
    int nTrain = (int) Math.round(train * n);
    int nVal = (int) Math.round(validation * n);
    if (nTrain + nVal > n) {
      nVal = n - nTrain;
    }
    int nTest = n - nTrain - nVal;
    requireRows("train", train, nTrain, n);
    requireRows("validation", validation, nVal, n);
    requireRows("test", test, nTest, n);
    int[] p = Shuffle.permutation(n, seed);
    return new DataSplits(
        data.select(Arrays.copyOfRange(p, 0, nTrain)),
        data.select(Arrays.copyOfRange(p, nTrain, nTrain + nVal)),
        data.select(Arrays.copyOfRange(p, nTrain + nVal, n)));
  }

  /** Checks fractions as an experiment file gives them; messages name {@code data.split}. */
  static void validate(double train, double validation, double test) {
    check("train", train);
    check("validation", validation);
    check("test", test);
    if (!(train > 0)) {
      throw new InputException("data.split.train: must be above 0, got " + train);
    }
    double sum = train + validation + test;
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InputException("data.split: train + validation + test must be 1, got "
          + train + " + " + validation + " + " + test + " = " + org.mtlworkbench.common.text.Numbers.significant(sum, 6));
    }
  }

  private static void check(String field, double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new InputException(
          "data.split." + field + ": must be between 0 and 1, got " + fraction);
    }
  }

  private static void requireRows(String field, double fraction, int rows, int n) {
    if (fraction > 0 && rows == 0) {
      throw new InputException("data.split." + field + ": " + fraction + " of " + n
          + " rows is not a single row; the dataset is too small for this split");
    }
  }
}

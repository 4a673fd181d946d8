package org.mtlworkbench.data;

/**
 * {@code "split": {"train": 0.8, "validation": 0.1, "test": 0.1}}: fractions of the rows, which
 * must add up to 1. Each missing fraction takes its default (0.8, 0.1, 0.1).
 */
public record SplitSpec(Double train, Double validation, Double test) {
  public SplitSpec {
    train = train == null ? 0.8 : train;
    validation = validation == null ? 0.1 : validation;
    test = test == null ? 0.1 : test;
    DataSplits.validate(train, validation, test);
  }

  /** The default 0.8 / 0.1 / 0.1 split. */
  public static SplitSpec defaults() {
    return new SplitSpec(null, null, null);
  }
}

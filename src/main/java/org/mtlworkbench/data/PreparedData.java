package org.mtlworkbench.data;

import java.util.Optional;

/**
 * Data ready for training: three disjoint splits holding the requested targets in request order,
 * features standardised with training statistics when asked, label budgets applied to the
 * training split.
 *
 * @param standardizer the fitted standardiser, or {@code null} when standardisation is off
 */
public record PreparedData(
    Dataset train, Dataset validation, Dataset test, Standardizer standardizer) {

  public Optional<Standardizer> standardization() {
    return Optional.ofNullable(standardizer);
  }

  public DataSummary summary() {
    return DataSummary.of(train, validation, test);
  }
}

package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What a prepared dataset holds, for the run record and the screen.
 *
 * @param source file name or generator description
 * @param features number of feature columns
 * @param trainRows rows in the training split (validation, test likewise)
 * @param targets one line per target, in request order
 */
public record DataSummary(
    String source,
    int features,
    int trainRows,
    int validationRows,
    int testRows,
    List<Target> targets) {

  public DataSummary {
    targets = List.copyOf(targets);
  }

  /**
   * @param classes 0 for regression, else the number of classes
   * @param trainLabels labelled training rows after the label budget (validation, test likewise)
   */
  public record Target(
      String name, TaskType type, int classes, int trainLabels, int validationLabels,
      int testLabels) {}

  static DataSummary of(Dataset train, Dataset validation, Dataset test) {
    List<Target> ts = new ArrayList<>();
    for (TargetColumn t : train.targets()) {
      ts.add(new Target(t.name(), t.type(), t.classCount(), t.labelledCount(),
          validation.target(t.name()).labelledCount(), test.target(t.name()).labelledCount()));
    }
    return new DataSummary(train.name(), train.featureCount(), train.rows(), validation.rows(),
        test.rows(), ts);
  }

  public int rows() {
    return trainRows + validationRows + testRows;
  }

  /** A few lines of plain text, e.g. for the command line. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(source).append(": ").append(rows()).append(" rows (train ").append(trainRows)
        .append(", validation ").append(validationRows).append(", test ").append(testRows)
        .append("), ").append(features).append(" features");
    for (Target t : targets) {
      s.append(System.lineSeparator()).append("  ").append(t.name()).append(": ")
          .append(t.type().name().toLowerCase(java.util.Locale.ROOT));
      if (t.classes() > 0) {
        s.append(" (").append(t.classes()).append(" classes)");
      }
      s.append(", labels train ").append(t.trainLabels()).append(" / validation ")
          .append(t.validationLabels()).append(" / test ").append(t.testLabels());
    }
    return s.toString();
  }
}

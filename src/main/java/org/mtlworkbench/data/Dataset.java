package org.mtlworkbench.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A feature matrix plus one column per target, held once in memory as a row-major float array.
 *
 * <p>Immutable by convention: methods that change rows or features return a new dataset.
 */
public final class Dataset {
  private final String name;
  private final List<String> featureNames;
  private final float[] features;
  private final int rows;
  private final List<TargetColumn> targets;

  /**
   * @param name shown to the user (file name or generator)
   * @param featureNames one name per feature column
   * @param features row-major, {@code rows × featureNames.size()}; not copied
   * @param rows number of rows
   * @param targets one column per target, each of length {@code rows}
   */
  public Dataset(
      String name, List<String> featureNames, float[] features, int rows, List<TargetColumn> targets) {
    this.name = name;
    this.featureNames = List.copyOf(featureNames);
    this.features = features;
    this.rows = rows;
    this.targets = List.copyOf(targets);
    if ((long) rows * this.featureNames.size() != features.length) {
      throw new IllegalArgumentException(
          "features has " + features.length + " values, expected " + rows + " × " + featureNames.size());
    }
    for (TargetColumn t : this.targets) {
      if (t.values().length != rows) {
        throw new IllegalArgumentException("target " + t.name() + " has " + t.values().length + " rows, expected " + rows);
      }
    }
  }

  public String name() {
    return name;
  }

  public int rows() {
    return rows;
  }

  public int featureCount() {
    return featureNames.size();
  }

  public List<String> featureNames() {
    return featureNames;
  }

  /** The row-major feature matrix itself (not a copy): do not modify. */
  public float[] features() {
    return features;
  }

  public float feature(int row, int column) {
    return features[row * featureNames.size() + column];
  }

  public List<TargetColumn> targets() {
    return targets;
  }

  public Optional<TargetColumn> findTarget(String targetName) {
    return targets.stream().filter(t -> t.name().equals(targetName)).findFirst();
  }

  /** The target of that name; {@link IllegalArgumentException} when there is none. */
  public TargetColumn target(String targetName) {
    return findTarget(targetName)
        .orElseThrow(() -> new IllegalArgumentException("no target named '" + targetName + "'"));
  }

  /** A new dataset holding the given rows, in the given order. */
  public Dataset select(int[] rowIndices) {
    int d = featureCount();
    float[] f = new float[rowIndices.length * d];
    for (int i = 0; i < rowIndices.length; i++) {
      System.arraycopy(features, rowIndices[i] * d, f, i * d, d);
    }
    List<TargetColumn> ts =
        targets.stream()
            .map(
                t -> {
                  float[] v = new float[rowIndices.length];
                  for (int i = 0; i < rowIndices.length; i++) {
                    v[i] = t.values()[rowIndices[i]];
                  }
                  return new TargetColumn(t.name(), t.type(), v, t.classNames());
                })
            .toList();
    return new Dataset(name, featureNames, f, rowIndices.length, ts);
  }

  /** The same rows with another feature matrix (e.g. standardised); targets are shared. */
  public Dataset withFeatures(float[] newFeatures) {
    return new Dataset(name, featureNames, newFeatures, rows, targets);
  }

  /** The same rows with one target column replaced (e.g. after a label budget). */
  public Dataset withTarget(TargetColumn replacement) {
    List<TargetColumn> ts =
        targets.stream().map(t -> t.name().equals(replacement.name()) ? replacement : t).toList();
    return new Dataset(name, featureNames, features, rows, ts);
  }

  @Override
  public String toString() {
    return name + " (" + rows + " rows, " + featureCount() + " features, targets "
        + Arrays.toString(targets.stream().map(TargetColumn::name).toArray()) + ")";
  }
}

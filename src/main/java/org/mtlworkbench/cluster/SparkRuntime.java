package org.mtlworkbench.cluster;

import org.mtlworkbench.common.InputException;

/**
 * Whether Spark's classes are there. The desktop app does not bring Spark (a cluster has its
 * own, and the app must stay small); {@code spark-submit}, or the launcher the build makes,
 * puts it on the class path. Touches no Spark class unless it is there.
 */
public final class SparkRuntime {
  /** A class every Spark has; looked up by name, so that nothing loads it by accident. */
  private static final String PROBE = "org.apache.spark.SparkContext";

  private SparkRuntime() {}

  /** @throws InputException when Spark is not on the class path, saying how to get it there */
  public static void require() {
    try {
      Class.forName(PROBE, false, SparkRuntime.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new InputException("Spark is not on the class path: the desktop app does not include it; run the study"
          + " with spark-submit, or with the launcher of a build (target/cluster/bin/mtl-workbench-spark); see the README,"
          + " \"Studies on a cluster\"");
    }
  }
}

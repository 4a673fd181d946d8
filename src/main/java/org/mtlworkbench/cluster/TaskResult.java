package org.mtlworkbench.cluster;

import java.io.Serializable;

/**
 * What a Spark task sends back to the driver: how its run ended and the run directory itself.
 * On a cluster the directory comes home through Spark, zipped ({@link RunFolderZip}), so the
 * executors need no folder shared with the driver; on a master on the driver's own machine the
 * task leaves it in a hand-over folder on the driver's disk and sends only its path.
 *
 * @param key which run ({@link ClusterWork#key})
 * @param dir its run directory, relative to the study directory
 * @param end how it ended
 * @param files the run directory as a zip, or null when the run left none (it failed before
 *     training, or was stopped) or left it in {@code folder}
 * @param folder the run directory, written whole in a hand-over folder on the driver's disk
 *     ({@link SparkTask#forMaster}), or null
 */
public record TaskResult(String key, String dir, RunEnd end, byte[] files, String folder) implements Serializable {

  /** A result that carries no run directory (it failed before writing one, or is on disk now). */
  static TaskResult without(String key, String dir, RunEnd end) {
    return new TaskResult(key, dir, end, null, null);
  }
}

package org.mtlworkbench.cluster;

import java.nio.file.Path;
import java.util.zip.Deflater;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;
import org.mtlworkbench.nn.NativeMemory;

/**
 * What one Spark task does on its executor: runs one {@link ClusterWork} ({@link ScratchRun}),
 * reading the data files the driver shipped with {@code SparkContext.addFile} from the executor's
 * copies ({@link SparkFiles#get}), and returns its run directory to the driver, zipped at the
 * level the driver chose ({@link #forMaster}).
 */
final class SparkTask implements Function<ClusterWork, TaskResult> {
  private static final long serialVersionUID = 1L;

  /** {@link java.util.zip.Deflater}'s level for the returned run directory. */
  private final int zipLevel;

  private SparkTask(int zipLevel) {
    this.zipLevel = zipLevel;
  }

  /**
   * The task for a study on {@code master}: on a local master the run directory only crosses this
   * machine's memory, so it is stored, not deflated; elsewhere it crosses the network, deflated at
   * the fastest level (about 2.5 times the bytes of the best, for a third of the time).
   */
  static SparkTask forMaster(String master) {
    return new SparkTask(SparkMaster.local(master) ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
  }

  @Override
  public TaskResult call(ClusterWork work) {
    NativeMemory.skipResidentSizeCheck();
    return ScratchRun.run(work, SparkTask::shippedCopy, new StoppableJobRunner(), zipLevel);
  }

  /** Spark keeps a shipped file under its name alone; the driver refuses two files of one name. */
  static Path shippedCopy(String driverPath) {
    return Path.of(SparkFiles.get(Path.of(driverPath).getFileName().toString()));
  }
}

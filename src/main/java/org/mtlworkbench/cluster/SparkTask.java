package org.mtlworkbench.cluster;

import java.nio.file.Path;
import java.util.zip.Deflater;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;
import org.mtlworkbench.nn.NativeMemory;

/**
 * What one Spark task does on its executor: runs one {@link ClusterWork} ({@link ScratchRun}),
 * reading the data files the driver shipped with {@code SparkContext.addFile} from the executor's
 * copies ({@link SparkFiles#get}), and hands its run directory to the driver as the driver chose
 * ({@link #forMaster}).
 */
final class SparkTask implements Function<ClusterWork, TaskResult> {
  private static final long serialVersionUID = 1L;

  /** {@link java.util.zip.Deflater}'s level for a run directory returned through Spark. */
  private final int zipLevel;
  /** The driver's hand-over folder, when the executors share the driver's disk; else null. */
  private final String handOver;

  private SparkTask(int zipLevel, String handOver) {
    this.zipLevel = zipLevel;
    this.handOver = handOver;
  }

  /**
   * The task for a study on {@code master} written into {@code studyDir}.
   *
   * <p>On a master on the driver's own machine ({@code local[N]}, {@code local-cluster[...]}) the
   * executors see the driver's disk, so a task writes its run directory inside the study
   * directory's hand-over folder ({@link #handOverFolder}) and the driver renames it into place.
   * Returning it through Spark instead cost the Spark JVM about a sixth of a core on a 2-core
   * machine: the 27 MB of a 400-epoch run copied into a byte array, through Spark's block manager
   * and unpacked again, in arrays large enough to start the collector's concurrent cycles
   * (PERFORMANCE.md, "Spark").
   *
   * <p>On any other master the run directory crosses the network inside the task's result,
   * deflated at the fastest level (about 2.5 times the bytes of the best, for a third of the
   * time); no folder shared with the driver is needed.
   */
  static SparkTask forMaster(String master, Path studyDir) {
    return SparkMaster.local(master)
        ? new SparkTask(Deflater.NO_COMPRESSION, handOverFolder(studyDir).toAbsolutePath().toString())
        : new SparkTask(Deflater.BEST_SPEED, null);
  }

  /** Where tasks sharing the driver's disk leave their run directories: a dot folder, which no reader of runs looks into. */
  static Path handOverFolder(Path studyDir) {
    return studyDir.resolve(".spark-runs");
  }

  @Override
  public TaskResult call(ClusterWork work) {
    NativeMemory.skipResidentSizeCheck();
    return ScratchRun.run(work, SparkTask::shippedCopy, new StoppableJobRunner(), zipLevel,
        handOver == null ? null : Path.of(handOver));
  }

  /** Spark keeps a shipped file under its name alone; the driver refuses two files of one name. */
  static Path shippedCopy(String driverPath) {
    return Path.of(SparkFiles.get(Path.of(driverPath).getFileName().toString()));
  }
}

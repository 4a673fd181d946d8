package org.mtlworkbench.cluster;

import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;

/**
 * What one Spark task does on its executor: runs one {@link ClusterWork} ({@link ScratchRun}),
 * reading the data files the driver shipped with {@code SparkContext.addFile} from the executor's
 * copies ({@link SparkFiles#get}), and returns its run directory to the driver.
 */
final class SparkTask implements Function<ClusterWork, TaskResult> {
  private static final long serialVersionUID = 1L;

  @Override
  public TaskResult call(ClusterWork work) {
    return ScratchRun.run(work, SparkTask::shippedCopy, new StoppableJobRunner());
  }

  /** Spark keeps a shipped file under its name alone; the driver refuses two files of one name. */
  static Path shippedCopy(String driverPath) {
    return Path.of(SparkFiles.get(Path.of(driverPath).getFileName().toString()));
  }
}

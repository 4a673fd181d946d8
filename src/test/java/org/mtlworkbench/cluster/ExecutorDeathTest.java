package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.train.RunStatus;

/**
 * Executors that die, on {@code local-cluster[2,1,1024]}: a master and two workers inside this
 * JVM, and each executor a separate JVM that the workers start (from SPARK_HOME: Spark's jars
 * from Maven, see pom.xml), so a run can kill its own executor as a real machine's would die.
 */
class ExecutorDeathTest {

  @Test
  void aTaskWhoseExecutorDiesIsRetriedAndARunThatAlwaysKillsItFailsAlone(@TempDir Path tmp) throws IOException {
    String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    assertThat(Path.of(System.getenv("SPARK_HOME"), "jars")).as("Spark's jars from Maven, copied before the tests").isDirectory();
    ExperimentWork once = ExperimentWork.of("dies-once/seed-1", SparkStudyExecutorTest.experiment(SparkStudyExecutorTest.GENERATED, "equal", 1, 2), null);
    List<ClusterWork> works = List.of(
        new DyingWork(once, 1),
        new DyingWork(ExperimentWork.of("dies-always/seed-1", SparkStudyExecutorTest.experiment(SparkStudyExecutorTest.GENERATED, "equal", 2, 1), null), 99),
        ExperimentWork.of("healthy/seed-1", SparkStudyExecutorTest.experiment(SparkStudyExecutorTest.GENERATED, "equal", 3, 1), null));
    Map<String, RunEnd> ends = new TreeMap<>();
    Path study = tmp.resolve("study");
    try (SparkStudyExecutor spark = SparkStudyExecutor.connect("local-cluster[2,1,1024]", "executor death test", Map.of(
        "spark.executor.extraClassPath", testClassPath.replace(File.pathSeparator, File.pathSeparator),
        "spark.task.maxFailures", "2"))) {
      spark.run(works, study, r -> ends.put(r.key(), r.end()));
    }

    assertThat(ends.get("dies-once/seed-1").status()).as(ends.get("dies-once/seed-1").message()).isEqualTo(RunStatus.FINISHED.id());
    assertThat(ends.get("healthy/seed-1").status()).isEqualTo(RunStatus.FINISHED.id());
    RunEnd always = ends.get("dies-always/seed-1");
    assertThat(always.status()).isEqualTo(RunStatus.FAILED.id());
    assertThat(always.message()).startsWith("Spark: ").contains("failed 2 times").contains("exited with code " + DyingWork.EXIT)
        .doesNotContain("Driver stacktrace");
    assertThat(study.resolve("dies-always")).doesNotExist();
    // the retried run is the run it would have been: byte for byte what this process trains
    once.run(tmp.resolve("in-process"), LocalData.SAME_DISK, JobRunner.waiting());
    assertThat(Files.readAllBytes(study.resolve("dies-once/seed-1").resolve(RunFiles.METRICS)))
        .isEqualTo(Files.readAllBytes(tmp.resolve("in-process/dies-once/seed-1").resolve(RunFiles.METRICS)));
  }
}

package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark is not part of the desktop app: a study without {@code --spark} must not load one class of
 * Spark (or Scala), even where Spark is on the class path, as it is here. A real process, with the
 * JVM's own log of every class it loads.
 */
class SweepLoadsNoSparkTest {

  @Test
  @Timeout(120)
  void aSweepWithoutSparkLoadsNoSparkClass(@TempDir Path dir) throws Exception {
    Path experiment = Experiments.write(dir, "exp.json",
        Experiments.generated("{\"backbone\": [{\"units\": 8}]}", "{\"epochs\": 1, \"batchSize\": 64, \"seed\": 1, \"threads\": 1}", ""));
    Path classLog = dir.resolve("classes.log");
    String classPath = System.getProperty("java.class.path");
    assertThat(classPath).as("Spark is on the class path of this test").contains("spark-core_2.13");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xlog:class+load=info:file=" + classLog, "-cp", classPath,
        "org.mtlworkbench.Main", "sweep", experiment.toString(), "--strategies", "equal,pcgrad", "--seeds", "1",
        "--out", dir.resolve("out").toString(), "--quiet"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
    pb.environment().put("OMP_NUM_THREADS", "1");
    Process p = pb.start();
    assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.log"))).isZero();

    List<String> loaded = Files.readAllLines(classLog);
    assertThat(loaded).as("the log names the classes loaded").anyMatch(l -> l.contains("org.mtlworkbench.cli.SweepCommand "));
    assertThat(loaded).noneMatch(l -> l.contains(" org.apache.spark.") || l.contains(" scala."));
  }
}

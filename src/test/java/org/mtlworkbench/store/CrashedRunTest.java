package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a real training process is killed (SIGKILL, nothing runs on the way
 * out) in the middle of its run; what it left must read back as a crashed run with its steps.
 */
class CrashedRunTest {
  @TempDir Path dir;

  @Test
  @Timeout(90)
  void aKilledTrainingProcessLeavesARunThatReadsBackAsCrashed() throws Exception {
    Path experiment = dir.resolve("exp.json");
    Files.writeString(experiment, TinyExperiments.twoTasks(100_000));
    Path out = dir.resolve("run");
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"), "org.mtlworkbench.Main",
        "train", experiment.toString(), "--out", out.toString(), "--quiet");
    pb.environment().put("OMP_NUM_THREADS", "1");
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("process.log").toFile());
    Process p = pb.start();
    try {
      waitForRows(out.resolve("metrics.csv"), 20, p, Duration.ofSeconds(60));
      // alive and writing: the other process holds the lock
      StoredRun live = RunReader.read(out);
      assertThat(live.status()).isEqualTo(StoredStatus.RUNNING);
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(out.resolve(RunLock.FILE)).as("nobody removed the lock file: the process died").exists();
    StoredRun run = RunReader.read(out);
    assertThat(run.status()).isEqualTo(StoredStatus.CRASHED);
    assertThat(run.manifest().status()).isEqualTo("running");
    assertThat(run.manifest().name()).isEqualTo("store test");
    assertThat(run.manifest().tasks()).containsExactly("y1", "y2");
    assertThat(run.manifest().experiment().training().epochs()).isEqualTo(100_000);
    assertThat(run.metrics().tasks()).containsExactly("y1", "y2");
    for (String task : List.of("y1", "y2")) {
      Series loss = run.metrics().series(task, "train", "loss");
      assertThat(loss.size()).isGreaterThanOrEqualTo(5);
      for (int i = 1; i < loss.size(); i++) {
        assertThat(loss.steps()[i]).isEqualTo(loss.steps()[i - 1] + 1);
      }
      assertThat(Arrays.stream(loss.values()).boxed().toList()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
    }
    assertThat(run.metrics().conflict("y2", "y1").size()).isGreaterThan(0);
    // it says where it stopped (the last step it wrote) and that it ran, not "0 steps · 0 s"
    Series y1 = run.metrics().series("y1", "train", "loss");
    Series y2 = run.metrics().series("y2", "train", "loss");
    long lastStep = Math.max(y1.steps()[y1.size() - 1], y2.steps()[y2.size() - 1]);
    assertThat(run.manifest().steps()).as("run.json still holds its start values").isZero();
    assertThat(run.progress().steps()).isEqualTo(lastStep + 1);
    assertThat(run.progress().wallSeconds()).isPositive();
    assertThat(run.progress().describe()).startsWith(org.mtlworkbench.common.text.Numbers.count(lastStep + 1) + " of ");
    assertThat(run.metrics().replay().size()).isGreaterThanOrEqualTo(5);
    // and the workspace lists it as crashed
    assertThat(new Workspace(dir).list()).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(StoredStatus.CRASHED);
      assertThat(e.steps()).isEqualTo(lastStep + 1);
    });
  }

  private static void waitForRows(Path file, int rows, Process p, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("training process ended early with exit code " + p.exitValue());
      }
      if (Files.exists(file)) {
        try (Stream<String> lines = Files.lines(file)) {
          if (lines.count() > rows) {
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + rows + " rows in " + file + " within " + limit);
  }
}

package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyLedger;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * The kill test for studies: a real {@code sweep} process is killed (SIGKILL, nothing runs
 * on the way out) while a run is in progress; the same command resumes it, redoing only the run
 * that was in progress, and ends with the same summary and the same metrics, byte for byte, as a
 * study that was never interrupted.
 */
class StudyResumeProcessTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 16}], \"head\": [{\"units\": 4}]}";
  private static final String TRAINING = "{\"epochs\": 30, \"batchSize\": 32, \"seed\": 5}";

  @TempDir Path dir;

  @Test
  @Timeout(600)
  void aStudyKilledMidRunResumesLosingOnlyTheRunInProgress() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path out = dir.resolve("study");
    String[] args = {"sweep", exp.toString(), "--strategies", "equal,pcgrad", "--seeds", "2", "--out", out.toString(), "--quiet"};
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"), "org.mtlworkbench.Main");
    pb.command().addAll(List.of(args));
    pb.environment().put("OMP_NUM_THREADS", "1");
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("process.log").toFile());
    Process p = pb.start();
    try {
      waitUntilKillable(out, p, Duration.ofSeconds(400));
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    StudyLedger atKill = StudyLedger.read(out.resolve(StudyDirectory.PROGRESS));
    int complete = atKill.runs().size();
    assertThat(complete).isBetween(2, 7);
    Map<String, String> startedAt = new HashMap<>();
    atKill.runs().forEach(r -> startedAt.put(r.dir(), RunReader.manifest(out.resolve(r.dir())).startedAt()));

    CliRunner.Result resumed = CliRunner.run(args);
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("resuming: " + complete + " of 8 runs already complete");
    // only the runs not complete at the kill were run: the one in progress and those after it
    assertThat(resumed.out().lines().filter(l -> l.matches("\\[\\d/8\\] .*"))).hasSize(8 - complete);
    startedAt.forEach((run, at) -> assertThat(RunReader.manifest(out.resolve(run)).startedAt()).as(run).isEqualTo(at));
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all).noneMatch(f -> f.getFileName().toString().endsWith(".partial"));
    }

    Path straight = dir.resolve("straight");
    CliRunner.Result once = CliRunner.run("sweep", exp.toString(), "--strategies", "equal,pcgrad", "--seeds", "2", "--out",
        straight.toString(), "--quiet");
    assertThat(once.exitCode()).as(once.err()).isZero();
    assertThat(org.mtlworkbench.study.StudyRunnerTestAccess.withoutWallTimes(out))
        .isEqualTo(org.mtlworkbench.study.StudyRunnerTestAccess.withoutWallTimes(straight));
    for (String run : List.of("baselines/y1/seed-5", "baselines/y2/seed-6", "equal/seed-5", "equal/seed-6", "pcgrad/seed-5",
        "pcgrad/seed-6")) {
      assertThat(Files.readAllBytes(out.resolve(run).resolve("metrics.csv"))).as(run)
          .isEqualTo(Files.readAllBytes(straight.resolve(run).resolve("metrics.csv")));
    }
    assertThat(Files.readString(out.resolve(SweepSummaryWriter.MARKDOWN))).contains("8 of 8 runs complete");
  }

  /** Until at least two runs are complete and another is being written. */
  private static void waitUntilKillable(Path out, Process p, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("the sweep ended before it could be killed, exit code " + p.exitValue());
      }
      StudyLedger ledger = Files.exists(out.resolve(StudyDirectory.PROGRESS)) ? StudyLedger.read(out.resolve(StudyDirectory.PROGRESS))
          : null;
      if (ledger != null && ledger.runs().size() >= 2 && partialWithRows(out)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no run in progress after two complete ones within " + limit);
  }

  private static boolean partialWithRows(Path out) throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      return all.filter(f -> f.getFileName().toString().equals("metrics.csv") && f.getParent().getFileName().toString().endsWith(".partial"))
          .anyMatch(f -> {
            try (Stream<String> lines = Files.lines(f)) {
              return lines.count() > 50;
            } catch (IOException | java.io.UncheckedIOException e) {
              return false;
            }
          });
    } catch (java.io.UncheckedIOException e) {
      return false; // a folder renamed while we walked
    }
  }
}

package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunFiles;

/** {@code sweep ... --spark MASTER}, both forms, with Spark inside this JVM ({@code local[2]}). */
class SparkSweepTest {
  @TempDir Path dir;

  private Path experiment() throws IOException {
    return Experiments.write(dir, "exp.json", Experiments.generated("{\"backbone\": [{\"units\": 8}], \"head\": [{\"units\": 4}]}",
        "{\"epochs\": 2, \"batchSize\": 64, \"seed\": 1, \"threads\": 1}", ""));
  }

  @Test
  void anExperimentSweptOnSparkWritesTheRunsOfTheSweepInProcessByteForByte() throws IOException {
    Path exp = experiment();
    CliRunner.Result here = CliRunner.run("sweep", exp.toString(), "--strategies", "equal,pcgrad", "--seeds", "2", "--out",
        dir.resolve("here").toString(), "--quiet");
    CliRunner.Result there = CliRunner.run("sweep", exp.toString(), "--strategies", "equal,pcgrad", "--seeds", "2", "--out",
        dir.resolve("there").toString(), "--quiet", "--spark", "local[2]");
    assertThat(here.exitCode()).as(here.err()).isZero();
    assertThat(there.exitCode()).as(there.err()).isZero();
    assertThat(there.out()).contains("running the study's runs as Spark tasks on local[2] (2 at a time)")
        .contains("pcgrad · hard · seed 2 → pcgrad/seed-2: finished");
    List<Path> metrics = metricsFiles(dir.resolve("here"));
    assertThat(metrics).hasSize(2 * 2 + 2 * 2);
    for (Path m : metrics) {
      Path rel = dir.resolve("here").relativize(m);
      assertThat(dir.resolve("there").resolve(rel)).as(rel.toString()).hasSameBinaryContentAs(m);
    }
    assertThat(metricsFiles(dir.resolve("there"))).hasSameSizeAs(metrics);
  }

  @Test
  void aStudyFileSweptOnSparkRunsAndResumes() throws IOException {
    experiment();
    Path study = Experiments.write(dir, "study.json", """
        {"schemaVersion": 1, "experiment": "exp.json", "strategies": ["equal"], "seeds": {"count": 1}, "baselines": false}
        """);
    Path out = dir.resolve("study");
    CliRunner.Result first = CliRunner.run("sweep", study.toString(), "--out", out.toString(), "--quiet", "--spark", "local[2]");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(out.resolve("equal/seed-1").resolve(RunFiles.METRICS)).isRegularFile();
    CliRunner.Result again = CliRunner.run("sweep", study.toString(), "--out", out.toString(), "--quiet", "--spark", "local[2]");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("resuming: 1 of 1 runs already complete").doesNotContain("→ equal/seed-1");
  }

  @Test
  void aBadMasterIsOneLineAndCreatesNothing() throws IOException {
    Path exp = experiment();
    for (String master : List.of("lokal[2]", "spark://127.0.0.1:1")) {
      Path out = dir.resolve("never");
      CliRunner.Result r = CliRunner.run("sweep", exp.toString(), "--strategies", "equal", "--out", out.toString(), "--spark", master);
      assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
      assertThat(r.err().strip()).startsWith("error: Spark master " + master + ": ").doesNotContain("\n").doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
  }

  private static List<Path> metricsFiles(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.getFileName().toString().equals(RunFiles.METRICS)).sorted().toList();
    }
  }
}

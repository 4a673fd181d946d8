package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.study.StudySummary;
import org.mtlworkbench.study.SweepSummaryWriter;

/** {@code train --baselines}, {@code train --seeds N} and {@code sweep}: where things go and what they say. */
class TransferCommandsTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 8}], \"head\": [{\"units\": 4}]}";
  private static final String TRAINING = "{\"epochs\": 2, \"batchSize\": 64, \"seed\": 5}";

  @TempDir Path dir;

  private Path experiment() throws Exception {
    return Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
  }

  @Test
  void baselinesOfOneRunGoIntoItsRunJsonAndTheCacheNextToIt() throws Exception {
    Path exp = experiment();
    Path out = dir.resolve("runs/a");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--baselines", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    RunManifest m = RunReader.manifest(out);
    assertThat(m.transfer().verdictSplit()).isEqualTo("test");
    assertThat(m.transfer().verdictTable().tasks()).extracting(t -> t.task()).containsExactly("y1", "y2");
    assertThat(m.transfer().splits()).containsKeys("test", "validation");
    assertThat(m.transfer().baselines()).allMatch(b -> Path.of(b.dir()).startsWith(dir.resolve("runs/.baselines")));
    assertThat(m.findings()).extracting(Finding::kind).contains(Finding.TRANSFER_ONE_SEED, Finding.TRANSFER_OVERALL);
    assertThat(r.out()).contains("multi-task vs single-task on the test split (1 seed;").contains("Δm");

    // the same experiment and seed again: both baselines come from the cache
    CliRunner.Result again = CliRunner.run("train", exp.toString(), "--out", dir.resolve("runs/b").toString(), "--baselines", "--quiet");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("baseline 'y1', seed 5: cached").contains("baseline 'y2', seed 5: cached");
    assertThat(RunReader.manifest(dir.resolve("runs/b")).transfer().verdictTable().tasks().get(0).stl())
        .isEqualTo(m.transfer().verdictTable().tasks().get(0).stl());
  }

  @Test
  void seedsGoToTheirOwnFoldersWithASummary() throws Exception {
    Path out = dir.resolve("s");
    CliRunner.Result r = CliRunner.run("train", experiment().toString(), "--out", out.toString(), "--seeds", "2", "--baselines",
        "--baseline-cache", dir.resolve("cache").toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("seed-5/run.json")).exists();
    assertThat(out.resolve("seed-6/run.json")).exists();
    assertThat(RunReader.manifest(out.resolve("seed-6")).seed()).isEqualTo(6);
    StudySummary s = StudySummary.read(out.resolve("summary.json"));
    assertThat(s.seeds()).containsExactly(5L, 6L);
    assertThat(s.runs()).extracting(StudySummary.RunEntry::dir)
        .containsExactly(out.resolve("seed-5").toString(), out.resolve("seed-6").toString());
    assertThat(s.metrics().get("test").get("y1").values()).hasSize(2);
    assertThat(s.transfer().verdictTable().tasks().get(0).mtl()).hasSize(2);
    assertThat(s.transfer().verdictTable().tasks().get(0).pValue()).isNotNull();
    assertThat(s.findings()).isNotEmpty();
    try (var b = Files.list(dir.resolve("cache"))) {
      assertThat(b).hasSize(4);
    }
  }

  @Test
  void seedsWithoutBaselinesReportMeanAndSpread() throws Exception {
    Path out = dir.resolve("s");
    CliRunner.Result r = CliRunner.run("train", experiment().toString(), "--out", out.toString(), "--seeds", "2", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    StudySummary s = StudySummary.read(out.resolve("summary.json"));
    StudySummary.MetricSummary y2 = s.metrics().get("test").get("y2");
    // mean and sample standard deviation of the two per-seed values, worked out here
    double a = y2.values().get(0);
    double b = y2.values().get(1);
    assertThat(y2.mean()).isEqualTo((a + b) / 2);
    assertThat(y2.std()).isCloseTo(Math.abs(a - b) / Math.sqrt(2), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(s.transfer()).isNull();
    assertThat(Files.exists(dir.resolve(".baselines"))).isFalse();
  }

  @Test
  void badSeedCountAndAffinityUnderSoftSharingAreOneLineErrors() throws Exception {
    CliRunner.Result r = CliRunner.run("train", experiment().toString(), "--out", dir.resolve("x").toString(), "--seeds", "0");
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: --seeds must be 1 or more, got 0");
    Path soft = Experiments.write(dir, "soft.json",
        Experiments.generated("{\"sharing\": \"soft\"}", "{\"epochs\": 1, \"affinityEvery\": 2}", ""));
    CliRunner.Result s = CliRunner.run("train", soft.toString(), "--out", dir.resolve("y").toString());
    assertThat(s.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(s.err().strip()).startsWith("error: soft.json: training.affinityEvery: task affinity").doesNotContain("\n");
    assertThat(dir.resolve("y")).doesNotExist();
  }

  @Test
  void sweepRejectsAnUnknownStrategyBeforeRunningAnything() throws Exception {
    Path out = dir.resolve("sweep");
    CliRunner.Result r = CliRunner.run("sweep", experiment().toString(), "--strategies", "equal,gradnrom", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: exp.json: unknown strategy 'gradnrom'").doesNotContain("\n");
    assertThat(out).doesNotExist();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void sweepComparesStrategiesAgainstBaselinesTrainedOnce() throws Exception {
    Path out = dir.resolve("sweep");
    CliRunner.Result r = CliRunner.run("sweep", experiment().toString(), "--strategies", "equal,pcgrad", "--seeds", "2", "--out",
        out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // 2 tasks × 2 seeds baselines, trained once and compared with both strategies
    for (String task : List.of("y1", "y2")) {
      try (var b = Files.list(out.resolve("baselines").resolve(task))) {
        assertThat(b).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("seed-5", "seed-6");
      }
    }
    assertThat(r.out().lines().filter(l -> l.matches("\\[\\d/8\\] baseline .*"))).hasSize(4);
    assertThat(r.out().lines().filter(l -> l.matches("\\[\\d/8\\] (equal|pcgrad) .*"))).hasSize(4);
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertThat(csv.get(0)).isEqualTo(String.join(",", SweepSummaryWriter.HEADER));
    assertThat(csv).hasSize(1 + 2 * 2);
    assertThat(csv.get(1)).startsWith("equal,hard,finished,y1,mse,2,");
    assertThat(csv.get(3)).startsWith("pcgrad,hard,finished,y1,mse,2,");
    // the baseline columns are the same for both strategies: the same baselines
    int stlMean = SweepSummaryWriter.HEADER.indexOf("stl_mean");
    String[] equalY1 = csv.get(1).split(",");
    String[] pcgradY1 = csv.get(3).split(",");
    assertThat(pcgradY1[stlMean]).isEqualTo(equalY1[stlMean]).isNotEmpty();
    assertThat(pcgradY1[stlMean + 1]).isEqualTo(equalY1[stlMean + 1]);
    // exactly one strategy is marked best for each task
    int best = SweepSummaryWriter.HEADER.indexOf("best");
    assertThat(List.of(equalY1[best], pcgradY1[best])).containsExactlyInAnyOrder("true", "false");
    String md = Files.readString(out.resolve("summary.md"));
    assertThat(md).contains("| strategy | task | metric | multi-task | single-task | Δ_k | p | verdict |")
        .contains("| equal | y1 | mse |").contains("| strategy | Δm | wall time per run (s) | status |")
        .contains("## Answer").contains("y1 (mse, lower is better): ")
        // wall times may be tiny (a std of 9.4e-05 s): numbers that small print with an exponent
        .containsPattern("\\| pcgrad \\| [\u2212+][0-9.]+% ± [0-9.]+% \\| [0-9.e+\u2212]+ ± [0-9.e+\u2212]+ \\| finished \\|").doesNotContain("NaN");
    assertThat(out.resolve("equal/seed-6/run.json")).exists();
    assertThat(out.resolve("study.json")).exists();
    assertThat(out.resolve("progress.json")).exists();
    // each seed's run.json carries its own comparison, as train --baselines gives it
    RunManifest seed6 = RunReader.manifest(out.resolve("equal/seed-6"));
    assertThat(seed6.transfer().seeds()).containsExactly(6L);
    assertThat(seed6.findings()).extracting(Finding::kind).contains(Finding.TRANSFER_ONE_SEED);
    assertThat(StudySummary.read(out.resolve("pcgrad/summary.json")).transfer().seeds()).containsExactly(5L, 6L);
  }
}

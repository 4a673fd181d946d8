package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.store.RunReader;

/** Every registered strategy trains end to end from the command line, in one sweep, and in {@code train}. */
class AllStrategiesSweepTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 6}], \"head\": [{\"units\": 3}]}";
  private static final String TRAINING = "{\"epochs\": 1, \"batchSize\": 64, \"seed\": 5}";

  @TempDir Path dir;

  @Test
  void aSweepOverEveryStrategyFinishesThemAll() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path out = dir.resolve("sweep");
    CliRunner.Result r = CliRunner.run("sweep", exp.toString(), "--strategies", String.join(",", StrategyCatalog.NAMES), "--seeds", "1",
        "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    for (String name : StrategyCatalog.NAMES) {
      assertThat(csv).as(name).anyMatch(l -> l.startsWith(name + ",hard,finished,y1,"));
      assertThat(csv).as(name).anyMatch(l -> l.startsWith(name + ",hard,finished,y2,"));
      assertThat(RunReader.manifest(out.resolve(name).resolve("seed-5")).status()).as(name).isEqualTo("finished");
    }
    assertThat(Files.readString(out.resolve("summary.md"))).doesNotContain("NaN");
  }

  @Test
  void aStrategyThatDoesNotFitTheSharingStopsTheSweepBeforeItStarts() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path out = dir.resolve("sweep");
    CliRunner.Result r = CliRunner.run("sweep", exp.toString(), "--strategies", "equal,famo,upgrad", "--sharing", "soft", "--out",
        out.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: exp.json: strategy 'upgrad' does not work with soft sharing:").doesNotContain("\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void trainTakesANewStrategyWithItsOptionsAndCheckingUnderCrossStitch() throws Exception {
    String json = Experiments.generated("{\"sharing\": \"cross-stitch\", \"backbone\": [{\"units\": 6}]}", TRAINING,
        ",\n \"strategy\": {\"name\": \"fairgrad\", \"options\": {\"alpha\": 2}}");
    Path exp = Experiments.write(dir, "fair.json", json);
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", dir.resolve("fair").toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(RunReader.manifest(dir.resolve("fair")).experiment().strategy().options()).containsEntry("alpha", 2.0);
    CliRunner.Result bad = CliRunner.run("train", exp.toString(), "--out", dir.resolve("bad").toString(), "--strategy", "upgrad",
        "--sharing", "soft", "--quiet");
    assertThat(bad.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(bad.err().strip()).startsWith("error: fair.json: strategy 'upgrad' does not work with soft sharing:").doesNotContain("\n");
  }
}

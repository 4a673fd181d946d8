package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;

class TrainCommandTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 16}], \"head\": [{\"units\": 4}]}";
  private static final String TRAINING = "{\"epochs\": 2, \"batchSize\": 32, \"seed\": 5}";

  @TempDir Path dir;

  @Test
  void writesTheRunDirectoryOfTheContract() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path out = dir.resolve("run");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(metrics.get(0)).startsWith("step,epoch,task,split,loss,weight,grad_norm,");
    // 480 training rows / 32 = 15 steps per epoch, 2 epochs, 2 tasks → 60 train rows
    assertThat(metrics.stream().filter(l -> l.contains(",train,"))).hasSize(60);
    assertThat(metrics.stream().filter(l -> l.contains(",validation,"))).hasSize(4);
    assertThat(metrics.stream().filter(l -> l.contains(",test,"))).hasSize(2);
    List<String> conflicts = Files.readAllLines(out.resolve("conflicts.csv"));
    assertThat(conflicts.get(0)).isEqualTo("step,task_a,task_b,cosine,lagged_cosine");
    assertThat(metrics.get(0)).endsWith(",self_agreement,update_cosine");
    assertThat(conflicts).hasSize(31);
    RunManifest m = RunReader.manifest(out);
    assertThat(m.status()).isEqualTo("finished");
    assertThat(m.steps()).isEqualTo(30);
    assertThat(m.seed()).isEqualTo(5);
    assertThat(m.finalMetrics().get("test").get("y1")).containsKeys("loss", "mse", "mae", "r2");
    assertThat(m.experiment().training().epochs()).isEqualTo(2);
    assertThat(m.versions()).containsKeys("mtlWorkbench", "nd4j", "java");
    assertThat(r.out()).contains("finished").contains("run directory");
  }

  @Test
  void sameSpecAndSeedGiveByteIdenticalMetrics() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    assertThat(CliRunner.run("train", exp.toString(), "--out", dir.resolve("a").toString(), "--quiet").exitCode()).isZero();
    assertThat(CliRunner.run("train", exp.toString(), "--out", dir.resolve("b").toString(), "--quiet").exitCode()).isZero();
    assertThat(CliRunner.run("train", exp.toString(), "--out", dir.resolve("c").toString(), "--quiet", "--seed", "6").exitCode()).isZero();
    byte[] a = Files.readAllBytes(dir.resolve("a/metrics.csv"));
    assertThat(Files.readAllBytes(dir.resolve("b/metrics.csv"))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("b/conflicts.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/conflicts.csv")));
    assertThat(Files.readAllBytes(dir.resolve("c/metrics.csv"))).isNotEqualTo(a);
  }

  @Test
  void softSharingWithLambdaZeroReproducesSingleTaskTrainingExactly() throws Exception {
    String soft = "{\"sharing\": \"soft\", \"soft\": {\"lambda\": 0}, \"backbone\": [{\"units\": 16}], \"head\": [{\"units\": 4}]}";
    Path both = Experiments.write(dir, "both.json", Experiments.generated(soft, TRAINING, ""));
    Path alone = Experiments.write(dir, "alone.json",
        Experiments.generated(soft, TRAINING, "").replace("[{\"target\": \"y1\"}, {\"target\": \"y2\"}]", "[{\"target\": \"y1\"}]"));
    assertThat(CliRunner.run("train", both.toString(), "--out", dir.resolve("both").toString(), "--quiet").exitCode()).isZero();
    assertThat(CliRunner.run("train", alone.toString(), "--out", dir.resolve("alone").toString(), "--quiet").exitCode()).isZero();
    List<String> y1Together = rowsOf(dir.resolve("both/metrics.csv"), "y1");
    List<String> y1Alone = rowsOf(dir.resolve("alone/metrics.csv"), "y1");
    assertThat(y1Together).hasSize(33).isEqualTo(y1Alone);
  }

  @Test
  void aDivergingRunStopsWithTheReasonAndKeepsWhatItRecorded() throws Exception {
    String extra = ",\n  \"optimizer\": {\"type\": \"sgd\", \"learningRate\": 1e6}";
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, extra));
    Path out = dir.resolve("run");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(TrainCommand.EXIT_RUN_FAILED);
    assertThat(r.err().strip()).matches("error: task 'y[12]' diverged at step \\d+: (loss|gradient norm) is (NaN|Infinity)");
    assertThat(RunReader.manifest(out).status()).isEqualTo("diverged");
    assertThat(Files.readAllLines(out.resolve("metrics.csv")).size()).isGreaterThan(1);
  }

  @Test
  void refusesToOverwriteAnEarlierRun() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path out = Files.createDirectories(dir.resolve("run"));
    Files.writeString(out.resolve("run.json"), "{}");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("not empty");
    assertThat(Files.readString(out.resolve("run.json"))).isEqualTo("{}");
  }

  private static List<String> rowsOf(Path metrics, String task) throws Exception {
    return Files.readAllLines(metrics).stream().filter(l -> l.split(",")[2].equals(task)).toList();
  }

  @Test
  void dataThatDoesNotLoadLeavesNoEmptyRunInTheWorkspace() throws Exception {
    Files.createDirectories(dir.resolve("rows.csv")); // a folder where the CSV file should be
    Path exp = Experiments.write(dir, "exp.json", """
        {"schemaVersion": 1, "name": "folder", "data": {"csv": "rows.csv"}, "tasks": [{"target": "y1"}],
         "model": {"backbone": [{"units": 4}]}, "training": {"epochs": 1}}""");
    Path workspace = Files.createDirectories(dir.resolve("ws"));
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--workspace", workspace.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: rows.csv: is a folder, not a CSV file").doesNotContain("\n");
    try (var runs = Files.list(workspace)) {
      assertThat(runs.toList()).isEmpty();
    }
  }
}

package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;

/**
 * mtan, cgc, ple and dselect-k from the command line: each trains one epoch on the samples it
 * applies to ({@code train}) and in {@code sweep --sharing}; their per-layer gradient columns are
 * those of their shared parts; findings are drawn from them; a scheme that does not fit the data
 * or the strategy stops the run before it starts with one line.
 */
class NewSharingsCliTest {
  private static final String IMBALANCED = "sample-datasets/imbalanced/experiment.json";
  private static final String MULTI_FASHION = "sample-datasets/multi-fashion/experiment-sample.json";

  @TempDir Path dir;

  /** 400 Multi-Fashion images from the shipped subset and a small two-stage conv backbone. */
  static String tinyImages(String sharing, String training) {
    return """
        {"schemaVersion": 1, "name": "tiny images",
         "data": {"generator": {"type": "multi-fashion", "source": "sample", "rows": 400}, "standardize": false},
         "tasks": [{"target": "left"}, {"target": "right"}],
         "model": {"sharing": "%s", "inputShape": [1, 28, 28],
           "backbone": [{"type": "conv", "filters": 3, "kernel": 5, "activation": "none"},
                        {"type": "maxpool", "pool": 2, "activation": "relu"},
                        {"type": "conv", "filters": 4, "kernel": 5, "activation": "none"},
                        {"type": "maxpool", "pool": 2, "activation": "relu"}, {"units": 12}]},
         "training": %s}
        """.formatted(sharing, training);
  }

  private static List<String> header(Path run) throws Exception {
    return List.of(Files.readAllLines(run.resolve("metrics.csv")).get(0).split(","));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cgc", "ple", "dselect-k"})
  void eachExpertSchemeTrainsAnEpochOfTheImbalancedSample(String sharing) throws Exception {
    Path out = dir.resolve(sharing);
    CliRunner.Result r = CliRunner.run("train", IMBALANCED, "--sharing", sharing, "--epochs", "1", "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    RunManifest m = RunReader.manifest(out);
    assertThat(m.status()).isEqualTo("finished");
    assertThat(m.experiment().model().sharing()).isEqualTo(sharing);
    // the shared experts' layers are the per-layer columns; gates and a task's own experts are not shared
    List<String> columns = header(out);
    String firstShared = sharing.equals("ple") ? "grad_norm_level1/expert1/dense1" : "grad_norm_expert1/dense1";
    assertThat(columns).contains(firstShared).noneMatch(c -> c.startsWith("grad_norm_gate/"));
    assertThat(Files.readAllLines(out.resolve("conflicts.csv"))).hasSizeGreaterThan(10);
    assertThat(r.out()).doesNotContain("NaN");
  }

  @Test
  void mtanTrainsAnEpochOfTheMultiFashionSample() throws Exception {
    Path out = dir.resolve("mtan");
    CliRunner.Result r = CliRunner.run("train", MULTI_FASHION, "--sharing", "mtan", "--epochs", "1", "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    RunManifest m = RunReader.manifest(out);
    assertThat(m.status()).isEqualTo("finished");
    // the backbone's layers keep hard sharing's column names; f_2 comes first
    assertThat(header(out)).contains("grad_norm_attention-features2/conv2d1", "grad_norm_conv2d1", "grad_norm_conv2d2",
        "grad_norm_dense1");
    assertThat(Files.readAllLines(out.resolve("conflicts.csv")).size()).isGreaterThan(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cgc", "ple", "dselect-k", "mtan"})
  void aSweepRunsUnderEachScheme(String sharing) throws Exception {
    String training = "{\"epochs\": 1, \"batchSize\": 64, \"seed\": 5}";
    String json = sharing.equals("mtan") ? tinyImages("hard", training)
        : Experiments.generated("{\"backbone\": [{\"units\": 8}, {\"units\": 6}], \"head\": [{\"units\": 3}]}", training, "");
    Path exp = Experiments.write(dir, "exp.json", json);
    Path out = dir.resolve("sweep");
    // GradNorm is defined under MTAN (its last shared layer is the dense tail every task passes through)
    List<String> strategies = List.of("equal", "pcgrad", sharing.equals("mtan") ? "gradnorm" : "upgrad");
    CliRunner.Result r = CliRunner.run("sweep", exp.toString(), "--strategies", String.join(",", strategies), "--sharing", sharing,
        "--seeds", "1", "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    for (String name : strategies) {
      assertThat(csv).as(name).anyMatch(l -> l.startsWith(name + "," + sharing + ",finished,"));
      assertThat(RunReader.manifest(out.resolve(name).resolve("seed-5")).experiment().model().sharing()).isEqualTo(sharing);
    }
  }

  /** A task a hundred times the scale of the other dominates the shared parameters under every mixture of experts. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mmoe", "cgc", "ple", "dselect-k"})
  void theImbalanceFindingWorksOnTheSharedExperts(String sharing) throws Exception {
    String json = """
        {"schemaVersion": 1, "name": "imbalanced",
         "data": {"generator": {"type": "imbalanced-regression", "rows": 600, "features": 8, "scales": [1, 100], "seed": 3}},
         "tasks": [{"target": "y1"}, {"target": "y2"}],
         "model": {"sharing": "%s", "backbone": [{"units": 16}, {"units": 8}]},
         "training": {"epochs": 8, "batchSize": 32, "seed": 5}}
        """.formatted(sharing); // 8 epochs of 15 steps: past the 100 measured steps a gradient finding needs
    Path out = dir.resolve("imb");
    CliRunner.Result r = CliRunner.run("train", Experiments.write(dir, "imb.json", json).toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Finding f = RunReader.manifest(out).findings().stream().filter(x -> x.kind().equals(Finding.IMBALANCE)).findFirst()
        .orElseThrow();
    assertThat(f.tasks()).containsExactly("y2", "y1");
    assertThat(f.sentence()).startsWith("task 'y2' dominates the shared layers: its gradient is ");
  }

  @Test
  void whatDoesNotFitStopsBeforeTheRunWithOneLine() throws Exception {
    String tabular = Experiments.generated("{}", "{\"epochs\": 1}", "");
    Path exp = Experiments.write(dir, "tab.json", tabular);
    CliRunner.Result mtan = CliRunner.run("train", exp.toString(), "--sharing", "mtan", "--out", dir.resolve("a").toString(), "--quiet");
    assertOneLine(mtan, "model.sharing \"mtan\" puts attention masks on conv feature maps and needs image rows");
    CliRunner.Result gradnorm = CliRunner.run("train", exp.toString(), "--sharing", "cgc", "--strategy", "gradnorm", "--out",
        dir.resolve("b").toString(), "--quiet");
    assertOneLine(gradnorm, "strategy 'gradnorm' does not work with cgc: it balances gradient norms on the last layer every task"
        + " passes through");
    Path badOption = Experiments.write(dir, "bad.json", Experiments.generated("{\"sharing\": \"ple\", \"ple\": {\"levels\": 3}}",
        "{\"epochs\": 1}", ""));
    assertOneLine(CliRunner.run("train", badOption.toString(), "--out", dir.resolve("d").toString(), "--quiet"),
        "model.ple.levels is 3 but model.backbone has 1 dense or conv layer");
    Path badK = Experiments.write(dir, "k.json", Experiments.generated("{\"dselectK\": {\"experts\": 4, \"k\": 6}}", "{}", ""));
    assertOneLine(CliRunner.run("train", badK.toString(), "--out", dir.resolve("e").toString(), "--quiet"),
        "model.dselectK.k must be between 1 and model.dselectK.experts (4), got 6");
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("b")).doesNotExist();
  }

  private static void assertOneLine(CliRunner.Result r, String fragment) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: ").doesNotContain("\n").doesNotContain("Exception").contains(fragment);
  }
}

package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;

/** Task affinity and findings as a run records them. */
class AffinityAndFindingsTest {
  @TempDir Path dir;

  private static final String MODEL = "{\"backbone\": [{\"units\": 16, \"dropout\": 0.2}], \"head\": [{\"units\": 4}]}";

  private Path run(String name, String training) throws Exception {
    Path exp = Experiments.write(dir, name + ".json", Experiments.generated(MODEL, training, ""));
    Path out = dir.resolve(name);
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @Test
  void measuringAffinityLeavesTheRunExactlyAsItWasAndRecordsTheMatrix() throws Exception {
    Path without = run("without", "{\"epochs\": 2, \"batchSize\": 32, \"seed\": 5}");
    Path with = run("with", "{\"epochs\": 2, \"batchSize\": 32, \"seed\": 5, \"affinityEvery\": 1}");
    // dropout included: the probe draws no random numbers and restores the parameters bit for bit
    assertThat(Files.readAllBytes(with.resolve("metrics.csv"))).isEqualTo(Files.readAllBytes(without.resolve("metrics.csv")));
    assertThat(Files.readAllBytes(with.resolve("conflicts.csv"))).isEqualTo(Files.readAllBytes(without.resolve("conflicts.csv")));
    assertThat(without.resolve("affinity.csv")).doesNotExist();

    // 480 training rows / 32 = 15 steps per epoch, 2 epochs: 30 measurements of 2 × 2 values
    List<String> steps = Files.readAllLines(with.resolve("affinity-steps.csv"));
    assertThat(steps.get(0)).isEqualTo("step,source,target,affinity");
    assertThat(steps).hasSize(1 + 30 * 4);
    List<String> matrix = Files.readAllLines(with.resolve("affinity.csv"));
    assertThat(matrix).containsExactly(matrix.get(0), matrix.get(1), matrix.get(2));
    assertThat(matrix.get(0)).isEqualTo("source,y1,y2");
    RunManifest m = RunReader.manifest(with);
    assertThat(m.affinity().measurements()).isEqualTo(30);
    assertThat(m.affinity().every()).isEqualTo(1);
    // each entry is the mean of its 30 rows in affinity-steps.csv (written as floats)
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        String source = "y" + (i + 1);
        String target = "y" + (j + 1);
        double mean = steps.stream().skip(1).map(l -> l.split(",")).filter(c -> c[1].equals(source) && c[2].equals(target))
            .mapToDouble(c -> Double.parseDouble(c[3])).average().orElseThrow();
        double recorded = m.affinity().matrix().get(i).get(j);
        assertThat(recorded).isCloseTo(mean, within(1e-6 * Math.abs(mean) + 1e-12));
        assertThat(Double.parseDouble(matrix.get(i + 1).split(",")[j + 1])).isCloseTo(recorded, within(1e-6 * Math.abs(recorded)));
      }
      // a step on a task alone lowers its own loss on average
      assertThat(m.affinity().matrix().get(i).get(i)).isPositive();
    }
  }

  @Test
  void aTaskWithAHundredTimesTheScaleIsFoundToDominate() throws Exception {
    String json = """
        {"schemaVersion": 1, "name": "imbalanced",
         "data": {"generator": {"type": "imbalanced-regression", "rows": 600, "features": 8, "scales": [1, 100], "seed": 3}},
         "tasks": [{"target": "y1"}, {"target": "y2"}],
         "model": {"backbone": [{"units": 16}]},
         "training": {"epochs": 7, "batchSize": 32, "seed": 5}}
        """;
    Path exp = Experiments.write(dir, "imb.json", json);
    Path out = dir.resolve("imb");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Finding f = RunReader.manifest(out).findings().stream().filter(x -> x.kind().equals(Finding.IMBALANCE)).findFirst()
        .orElseThrow();
    assertThat(f.tasks()).containsExactly("y2", "y1");
    // 480 training rows / 32 = 15 steps per epoch, 7 epochs: 105 measured steps, of which the last 100
    // (10 batches of 10) make the estimate
    assertThat(f.sentence()).startsWith("task 'y2' dominates the shared layers: its gradient is ")
        .endsWith("(geometric mean over the last 100 measured steps; 95% CI, 10 batches of 10 steps)");
    // the geometric-mean ratio, recomputed here from metrics.csv: per step grad_norm(y2) / grad_norm(y1)
    List<String[]> rows = Files.readAllLines(out.resolve("metrics.csv")).stream().skip(1).map(l -> l.split(",", -1))
        .filter(c -> c[3].equals("train")).toList();
    assertThat(rows).hasSize(210);
    double sumLog = 0;
    for (int s = 5; s < 105; s++) {
      sumLog += Math.log(Double.parseDouble(rows.get(2 * s + 1)[6]) / Double.parseDouble(rows.get(2 * s)[6]));
    }
    double ratio = Math.exp(sumLog / 100);
    assertThat(f.evidence().get("ratio")).isCloseTo(ratio, within(1e-5 * ratio)).isGreaterThan(10.0);
    assertThat(f.evidence().get("ratioLow")).isGreaterThanOrEqualTo(10.0);
    assertThat(r.out()).contains("findings:").contains("dominates");
  }
}

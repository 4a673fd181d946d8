package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Multi-LeNet sample (convolutions that pool their own output, per-task backward through
 * them every 10th step) trains to byte-identical metrics from the same seed, with the images of
 * a batch split over two threads as well as on one: the threads' shares of a weight gradient are
 * added in a fixed order, never in the order the threads finish.
 */
class ConvTrainingReproducibilityTest {
  private static final String SAMPLE = "sample-datasets/multi-fashion/experiment-sample.json";

  @TempDir Path dir;

  private byte[] train(String name, String threads, String seed) throws Exception {
    CliRunner.Result r = CliRunner.run("train", SAMPLE, "--out", dir.resolve(name).toString(), "--epochs", "1",
        "--threads", threads, "--seed", seed, "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return Files.readAllBytes(dir.resolve(name).resolve("metrics.csv"));
  }

  @Test
  void sameSeedGivesByteIdenticalMetricsOnOneAndOnTwoThreads() throws Exception {
    byte[] one = train("one-a", "1", "3");
    assertThat(train("one-b", "1", "3")).isEqualTo(one);
    byte[] two = train("two-a", "2", "3");
    assertThat(train("two-b", "2", "3")).isEqualTo(two);
    assertThat(train("other-seed", "1", "4")).isNotEqualTo(one);
    assertThat(new String(one, java.nio.charset.StandardCharsets.UTF_8).lines().count()).isGreaterThan(11);
  }
}

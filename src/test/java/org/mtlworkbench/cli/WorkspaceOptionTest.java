package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.StoredStatus;
import org.mtlworkbench.store.Workspace;

/** {@code train} and {@code sweep} without {@code --out} write into the workspace. */
class WorkspaceOptionTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 8}]}";
  private static final String TRAINING = "{\"epochs\": 1, \"batchSize\": 64, \"seed\": 5}";

  @TempDir Path dir;

  @Test
  void trainWithoutOutWritesANewRunFolderInTheWorkspace() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path ws = dir.resolve("ws");
    CliRunner.Result first = CliRunner.run("train", exp.toString(), "--workspace", ws.toString(), "--quiet");
    assertThat(first.exitCode()).as(first.err()).isZero();
    CliRunner.Result second = CliRunner.run("train", exp.toString(), "--workspace", ws.toString(), "--quiet", "--baselines");
    assertThat(second.exitCode()).as(second.err()).isZero();

    List<RunEntry> runs = new Workspace(ws).list();
    assertThat(runs).hasSize(2);
    assertThat(runs).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(StoredStatus.FINISHED);
      assertThat(r.dir().getParent()).isEqualTo(ws.toAbsolutePath());
      assertThat(r.dir().getFileName().toString()).matches("\\d{8}-\\d{6}-cli-test(-\\d+)?");
    });
    assertThat(runs.get(0).dir()).isNotEqualTo(runs.get(1).dir());
    for (CliRunner.Result r : List.of(first, second)) {
      assertThat(r.out()).containsPattern("writing the run to .*cli-test").contains("run directory: " + ws);
    }
    // the baseline cache sits beside the runs, in a dot folder that list() skips
    assertThat(ws.resolve(".baselines")).isDirectory();
  }

  @Test
  void outStillWinsOverTheWorkspace() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path ws = dir.resolve("ws");
    Path out = dir.resolve("here");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--workspace", ws.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("run.json")).exists();
    assertThat(ws).doesNotExist();
  }

  @Test
  void sweepWithoutOutWritesANewFolderInTheWorkspace() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path ws = dir.resolve("ws");
    CliRunner.Result r = CliRunner.run("sweep", exp.toString(), "--strategies", "equal", "--seeds", "1", "--workspace", ws.toString(),
        "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Stream<Path> made = Files.list(ws)) {
      assertThat(made.toList()).singleElement().satisfies(d -> {
        assertThat(d.getFileName().toString()).matches("\\d{8}-\\d{6}-cli-test-sweep");
        assertThat(d.resolve("summary.csv")).exists();
        assertThat(d.resolve("equal/seed-5/run.json")).exists();
      });
    }
  }

  @Test
  void aWorkspaceThatIsAFileIsOneLineOfError() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    Path file = Files.writeString(dir.resolve("ws"), "not a folder");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--workspace", file.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("error: workspace " + file.toAbsolutePath() + ": is a file, not a folder");
  }
}

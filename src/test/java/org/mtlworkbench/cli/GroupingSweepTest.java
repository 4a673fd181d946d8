package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * {@code sweep EXPERIMENT.json --groups "y1,y2;y3"} on the imbalanced sample (one epoch): the
 * grouping's runs are trained and summary.csv gains the grouped rows, whose numbers are those of
 * the group runs' run.json; a grouping that is not one is refused with one line naming the field.
 */
class GroupingSweepTest {
  private static final Path SAMPLE = Path.of("sample-datasets/imbalanced/experiment.json");

  @TempDir Path dir;

  private static double mse(Path run, String task) {
    return RunReader.manifest(run).finalMetrics().get(RunFiles.TEST).get(task).get("mse");
  }

  @Test
  void aSweepWithGroupsTrainsEachGroupAndSummarisesTheGroupedRows() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("sweep", SAMPLE.toString(), "--strategies", "equal", "--seeds", "2", "--epochs", "1",
        "--groups", "y1,y2;y3", "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("[10/10] equal on y1+y2 · hard · seed 43 → groups/equal/y1+y2/seed-43")
        .contains("y3 (mse, lower is better) with equal: together ");
    assertThat(StudyFiles.read(out.resolve(StudyDirectory.STUDY)).groups()).containsExactly(List.of("y1", "y2"), List.of("y3"));

    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(Files.readString(out.resolve(
        SweepSummaryWriter.CSV)))).getRecords();
    assertThat(rows).extracting(x -> x.get("strategy") + " " + x.get("groups") + " " + x.get("task")).containsExactly(
        "equal  y1", "equal  y2", "equal  y3", "equal y1+y2 | y3 y1", "equal y1+y2 | y3 y2", "equal y1+y2 | y3 y3");
    for (int k = 0; k < 3; k++) {
      String task = List.of("y1", "y2", "y3").get(k);
      String run = k < 2 ? "groups/equal/y1+y2" : "baselines/y3";
      double expected = (mse(out.resolve(run).resolve("seed-42"), task) + mse(out.resolve(run).resolve("seed-43"), task)) / 2;
      assertThat(Double.parseDouble(rows.get(3 + k).get("mtl_mean"))).as(task).isCloseTo(expected, within(1e-6 * expected)); // 8 significant digits
      assertThat(rows.get(3 + k).get("status")).isEqualTo("finished");
    }
    // y3's own model is its baseline: Δ_k is exactly 0
    assertThat(Double.parseDouble(rows.get(5).get("delta_mean"))).isCloseTo(0.0, within(0.0));

    // the study report: the answer per task, together against grouped, and the grouped rows in its table
    Path html = dir.resolve("grouped.html");
    Path csv = dir.resolve("grouped.csv");
    CliRunner.Result rep = CliRunner.run("report", out.toString(), "--html", html.toString(), "--csv", csv.toString());
    assertThat(rep.exitCode()).as(rep.err()).isZero();
    assertThat(Files.readString(html)).contains("All tasks together against the grouping").contains("<td>equal · grouped y1+y2 | y3</td>")
        .contains("Grouping tested: y1+y2 | y3");
    assertThat(Files.readString(csv)).isEqualTo(Files.readString(out.resolve(SweepSummaryWriter.CSV)));
  }

  @Test
  void aGroupingThatIsNotOneIsRefusedBeforeAnythingRuns() throws Exception {
    Path out = dir.resolve("never");
    CliRunner.Result r = CliRunner.run("sweep", SAMPLE.toString(), "--strategies", "equal", "--groups", "y1,y9;y3", "--out",
        out.toString());
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: --groups \"y1,y9;y3\": groups[0][1]: unknown task 'y9'; the experiment's tasks are"
        + " y1, y2, y3");
    CliRunner.Result twice = CliRunner.run("sweep", SAMPLE.toString(), "--strategies", "equal", "--groups", "y1,y2;y2,y3", "--out",
        out.toString());
    assertThat(twice.err().strip()).isEqualTo("error: --groups \"y1,y2;y2,y3\": groups[1][0]: task 'y2' is already in groups[0];"
        + " each task goes in one group");
    // on a study file too, where the file's own grouping is replaced by the option's
    Path study = Files.writeString(dir.resolve("study.json"), """
        {"schemaVersion": 1, "experiment": "%s", "strategies": ["equal"], "groups": [["y1", "y2"], ["y3"]]}
        """.formatted(SAMPLE.toAbsolutePath().toString().replace("\\", "/")));
    CliRunner.Result file = CliRunner.run("sweep", study.toString(), "--groups", "y1;y2", "--out", out.toString());
    assertThat(file.err().strip()).isEqualTo("error: --groups \"y1;y2\": groups: task 'y3' is in no group; every task of the"
        + " experiment goes in exactly one");
    assertThat(out).doesNotExist();
  }
}

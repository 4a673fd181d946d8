package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CorrelatedRegressionGenerator;
import org.mtlworkbench.data.CsvDatasetLoader;
import org.mtlworkbench.data.CsvOptions;
import org.mtlworkbench.data.Dataset;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command the way the root command will: InputException becomes one line. */
  private int run(String... args) {
    CommandLine cl = new CommandLine(new GenerateCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler((e, line, result) -> {
      if (e instanceof InputException) {
        line.getErr().println(e.getMessage());
        return 2;
      }
      throw e;
    });
    return cl.execute(args);
  }

  @Test
  void correlatedRegressionWritesALoadableCsv() throws IOException {
    Path file = dir.resolve("sub/c.csv");
    int code = run("correlated-regression", "--rows", "50", "--features", "6", "--tasks", "3",
        "--correlation", "0.9", "--seed", "7", "--out", file.toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("wrote 50 rows, 6 features, targets y1, y2, y3");
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("x1,x2,x3,x4,x5,x6,y1,y2,y3");
    Dataset d = CsvDatasetLoader.load(file, CsvOptions.targets("y1", "y2", "y3"));
    assertThat(d.rows()).isEqualTo(50);
    // the same data as the generator, to six significant digits
    Dataset g = new CorrelatedRegressionGenerator(6, 3, 0.9, 7).generate(50);
    for (int i = 0; i < g.features().length; i++) {
      assertThat(d.features()[i]).isCloseTo(g.features()[i],
          org.assertj.core.api.Assertions.within(Math.abs(g.features()[i]) * 5e-6f + 1e-30f));
    }
  }

  @Test
  void imbalancedRegressionTakesCommaSeparatedScales() throws IOException {
    Path file = dir.resolve("i.csv");
    int code = run("imbalanced-regression", "--rows", "40", "--features", "8", "--scales",
        "1,10,100,1000", "--seed", "3", "--out", file.toString());
    assertThat(code).isZero();
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("x1,x2,x3,x4,x5,x6,x7,x8,y1,y2,y3,y4");
    assertThat(Files.readAllLines(file)).hasSize(41);
  }

  @Test
  void defaultsComeFromTheSpecRecords() {
    CommandLine cl = new CommandLine(new GenerateCommand());
    String help = cl.getSubcommands().get("correlated-regression").getUsageMessage();
    assertThat(help).contains("rows (default 10000)").contains("(default 0.5)")
        .contains("input dimension (default 100)");
    String help2 = cl.getSubcommands().get("imbalanced-regression").getUsageMessage();
    assertThat(help2).contains("(default 1.0,10.0,100.0)").contains("input dimension (default 250)");
  }

  @Test
  void defaultsAreUsedWhenOptionsAreOmitted() throws IOException {
    Path file = dir.resolve("d.csv");
    assertThat(run("correlated-regression", "--rows", "5", "--out", file.toString())).isZero();
    // 100 features and 2 tasks by default
    assertThat(Files.readAllLines(file).get(0).split(",")).hasSize(102);
  }

  @Test
  void badValuesGiveOneLine() {
    int code = run("correlated-regression", "--tasks", "3", "--correlation", "-0.9", "--out",
        dir.resolve("x.csv").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("--correlation: 3 tasks cannot all have pairwise"
        + " cosine -0.9; the lowest possible is -1/(tasks-1) = -0.5");
    assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
  }

  @Test
  void missingOutIsAUsageError() {
    int code = run("imbalanced-regression", "--rows", "5");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("Missing required option: '--out=FILE'");
  }

  @Test
  void withoutSubcommandShowsUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("correlated-regression").contains("imbalanced-regression");
  }

  @Test
  void scalesAreParsedAsNumbers() {
    int code = run("imbalanced-regression", "--scales", "1,x", "--out", dir.resolve("y.csv").toString());
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("--scales");
    assertThat(List.of(dir.toFile().list())).doesNotContain("y.csv");
  }
}

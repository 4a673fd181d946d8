package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;

/** {@code report}: real runs trained by {@code train} in, HTML, PDF and CSV out; bad input refused in one line. */
class ReportCommandTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 8}], \"head\": [{\"units\": 4}]}";

  @TempDir static Path dir;
  static Path a;
  static Path b;

  @BeforeAll
  static void train() throws Exception {
    Path exp = Experiments.write(dir, "exp.json", Experiments.generated(MODEL, "{\"epochs\": 2, \"batchSize\": 64, \"seed\": 5}", ""));
    a = dir.resolve("runs/a");
    b = dir.resolve("runs/b");
    CliRunner.Result ra = CliRunner.run("train", exp.toString(), "--out", a.toString(), "--baselines", "--quiet");
    assertThat(ra.exitCode()).as(ra.err()).isZero();
    CliRunner.Result rb = CliRunner.run("train", exp.toString(), "--out", b.toString(), "--strategy", "pcgrad", "--quiet");
    assertThat(rb.exitCode()).as(rb.err()).isZero();
  }

  @Test
  void reportOfOneTrainedRunHasItsChartsBaselinesAndNumbers() throws Exception {
    Path html = dir.resolve("a.html");
    Path pdf = dir.resolve("a.pdf");
    CliRunner.Result r = CliRunner.run("report", a.toString(), "--html", html.toString(), "--pdf", pdf.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("report: " + html).contains("report: " + pdf);
    Document doc = Jsoup.parse(Files.readString(html));
    assertThat(doc.select("svg")).hasSize(4);
    // the run was trained with --baselines: each task's baseline curve is drawn beside it
    assertThat(doc.selectFirst("#loss svg").text()).contains("y1 (single-task baseline)", "y2 (single-task baseline)");
    assertThat(doc.select("#answer table.transfer tbody tr")).hasSize(2);
    RunManifest m = RunReader.manifest(a);
    assertThat(doc.selectFirst("#reproduce pre").text()).isEqualTo(m.command());
    try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(p);
      assertThat(text).contains("y1", "y2", "What this run shows");
      // the test split's loss of y1 as the report prints it: 4 significant digits
      String y1 = org.mtlworkbench.common.text.Numbers.number(m.finalMetrics().get("test").get("y1").get("loss"));
      assertThat(text).contains(y1);
    }
  }

  @Test
  void severalRunsMakeAComparisonAndCsv() throws Exception {
    Path html = dir.resolve("cmp.html");
    Path csv = dir.resolve("cmp.csv");
    Path summary = dir.resolve("summary.csv");
    CliRunner.Result r = CliRunner.run("report", a.toString(), b.toString(), "--html", html.toString(), "--csv", csv.toString(),
        "--summary-csv", summary.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Document doc = Jsoup.parse(Files.readString(html));
    assertThat(doc.select("body > section").eachAttr("id"))
        .containsExactly("answer", "runs", "differences", "curves", "seed-bands", "pareto", "reproduce");
    assertThat(doc.selectFirst("#differences").text()).contains("strategy", "equal", "pcgrad").doesNotContain("strategy.name");
    // the answer first: the best run of each task on its metric
    assertThat(doc.select("#answer ul.findings li").eachText()).anyMatch(t -> t.startsWith("task 'y1': the best loss is ") && t.endsWith("(lower is better)"));
    assertThat(doc.select("#runs tbody tr").eachText()).anyMatch(t -> t.startsWith("strategy=equal"))
        .anyMatch(t -> t.startsWith("strategy=pcgrad"));
    // every metrics row of both runs: the file's rows (header excluded) plus a run column
    long rows = Files.lines(a.resolve("metrics.csv")).count() - 1 + Files.lines(b.resolve("metrics.csv")).count() - 1;
    assertThat(Files.lines(csv).count() - 1).isEqualTo(rows);
    assertThat(Files.readAllLines(csv).get(0)).startsWith("run,step,epoch,task,split,loss,weight,grad_norm");
    assertThat(Files.readAllLines(summary).get(0)).isEqualTo("run,split,task,metric,value,baseline,delta");
  }

  @Test
  void badInputIsOneLineAndLeavesEarlierFilesAlone() throws Exception {
    Path html = dir.resolve("keep.html");
    Files.writeString(html, "earlier report");
    Path notRun = Files.createDirectories(dir.resolve("empty"));

    CliRunner.Result missing = CliRunner.run("report", dir.resolve("nope").toString(), "--html", html.toString());
    assertThat(missing.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(missing.err().strip()).doesNotContain("\n").contains("nope").contains("no such folder");

    CliRunner.Result notARun = CliRunner.run("report", a.toString(), notRun.toString(), "--html", html.toString());
    assertThat(notARun.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(notARun.err().strip()).doesNotContain("\n").contains("run.json");

    CliRunner.Result unwritable = CliRunner.run("report", a.toString(), "--pdf", dir.resolve("no/such/dir/r.pdf").toString());
    assertThat(unwritable.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(unwritable.err().strip()).doesNotContain("\n").contains("does not exist");

    CliRunner.Result nothing = CliRunner.run("report", a.toString());
    assertThat(nothing.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(nothing.err()).contains("--html");

    assertThat(Files.readString(html)).isEqualTo("earlier report");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}

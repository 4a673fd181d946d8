package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * {@code sweep STUDY.json}: the study file runs headless like the experiment form, its folder
 * resumes, another study is refused there, baselines are shared through {@code --baseline-cache},
 * and {@code report} turns the folder into the study report.
 */
class StudyCommandTest {
  private static final String MODEL = "{\"backbone\": [{\"units\": 8}], \"head\": [{\"units\": 4}]}";
  private static final String TRAINING = "{\"epochs\": 2, \"batchSize\": 64, \"seed\": 5}";

  @TempDir Path dir;

  private Path studyFile(String strategies) throws Exception {
    Experiments.write(dir, "exp.json", Experiments.generated(MODEL, TRAINING, ""));
    return Experiments.write(dir, "study.json", """
        {"schemaVersion": 1, "name": "cli study", "experiment": "exp.json", "strategies": [%s], "seeds": {"count": 2}}
        """.formatted(strategies));
  }

  @Test
  void aStudyFileRunsResumesRefusesAnotherStudyAndIsReported() throws Exception {
    Path study = studyFile("\"equal\", \"pcgrad\"");
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("sweep", study.toString(), "--out", out.toString(), "--quiet", "--baseline-cache",
        dir.resolve("cache").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("[8/8] pcgrad · hard · seed 6 → pcgrad/seed-6").contains("y2 (mse, lower is better): ");
    // study.json: the study as run, its experiment inline
    assertThat(StudyFiles.read(out.resolve(StudyDirectory.STUDY)).experiment().inline().name()).isEqualTo("cli test");
    assertThat(Files.readAllLines(out.resolve(SweepSummaryWriter.CSV))).hasSize(1 + 2 * 2);

    // the same command again: nothing to do
    CliRunner.Result again = CliRunner.run("sweep", study.toString(), "--out", out.toString(), "--quiet");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("resuming: 8 of 8 runs already complete").doesNotContain("[1/8]");

    // another study in the same folder: one line, nothing touched
    String before = Files.readString(out.resolve(SweepSummaryWriter.CSV));
    CliRunner.Result other = CliRunner.run("sweep", study.toString(), "--out", out.toString(), "--seeds", "3", "--quiet");
    assertThat(other.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(other.err().strip()).isEqualTo("error: " + out + " holds another study (seeds.count: 2 → 3); give a new folder, or the"
        + " same study to resume it");
    assertThat(Files.readString(out.resolve(SweepSummaryWriter.CSV))).isEqualTo(before);

    // a second study with the same baselines takes them from the cache instead of training them
    Path mgda = dir.resolve("mgda");
    CliRunner.Result cached = CliRunner.run("sweep", study.toString(), "--strategies", "mgda", "--out", mgda.toString(), "--quiet",
        "--baseline-cache", dir.resolve("cache").toString());
    assertThat(cached.exitCode()).as(cached.err()).isZero();
    for (String run : List.of("baselines/y1/seed-5", "baselines/y2/seed-6")) {
      assertThat(Files.readAllBytes(mgda.resolve(run).resolve("metrics.csv"))).isEqualTo(Files.readAllBytes(out.resolve(run).resolve("metrics.csv")));
      assertThat(Files.readString(mgda.resolve(run).resolve("run.json"))).isEqualTo(Files.readString(out.resolve(run).resolve("run.json")));
    }

    // the report of the study folder
    Path html = dir.resolve("s.html");
    Path pdf = dir.resolve("s.pdf");
    Path csv = dir.resolve("s.csv");
    CliRunner.Result rep = CliRunner.run("report", out.toString(), "--html", html.toString(), "--pdf", pdf.toString(), "--csv",
        csv.toString());
    assertThat(rep.exitCode()).as(rep.err()).isZero();
    assertThat(Files.readString(html)).contains("<h1>Study: cli study</h1>").contains("<section id=\"answer\">");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Study: cli study").contains("Answer").contains("Strategies by task").contains("Configuration");
    }
    assertThat(Files.readString(csv)).isEqualTo(before);
  }

  @Test
  void badStudiesAreRefusedBeforeAnythingRuns() throws Exception {
    Path out = dir.resolve("out");
    Path study = studyFile("\"equal\", \"gradnrom\"");
    CliRunner.Result r = CliRunner.run("sweep", study.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: study.json, in 'strategies[1]': unknown strategy 'gradnrom'").doesNotContain("\n");
    assertThat(out).doesNotExist();
    CliRunner.Result seeds = CliRunner.run("sweep", studyFile("\"equal\"").toString(), "--out", out.toString(), "--seeds", "0");
    assertThat(seeds.err().strip()).isEqualTo("error: --seeds must be 1 or more, got 0");
    CliRunner.Result soft = CliRunner.run("sweep", studyFile("\"equal\", \"upgrad\"").toString(), "--out", out.toString(), "--sharing",
        "hard,soft");
    assertThat(soft.err().strip()).startsWith("error: study.json, in 'strategies[1]': strategy 'upgrad' does not work with soft sharing");
    CliRunner.Result noStrategies = CliRunner.run("sweep", dir.resolve("exp.json").toString(), "--out", out.toString());
    assertThat(noStrategies.err().strip()).startsWith("error: --strategies: give one or more strategy names");
    Files.createDirectories(dir.resolve("full/x"));
    CliRunner.Result full = CliRunner.run("sweep", studyFile("\"equal\"").toString(), "--out", dir.resolve("full").toString());
    assertThat(full.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(full.err().strip()).contains("the folder is not empty and holds no study").doesNotContain("\n");
    assertThat(out).doesNotExist();
  }
}

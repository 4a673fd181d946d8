package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.store.RunMetrics;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.train.LogFindings;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.ui.dashboard.FindingsDetector;

/**
 * One recorded run, every reader: run.json (written by the run's findings monitor), the command
 * line's printout, the HTML report and the dashboard (replaying the run from disk) show the same
 * gradient findings in the same words, and the dashboard's captions are the report's.
 */
class OneLogAgreementTest {
  @TempDir Path dir;

  @Test
  void runJsonCommandLineReportAndDashboardSayTheSame() throws Exception {
    String json = """
        {"schemaVersion": 1, "name": "agreement",
         "data": {"generator": {"type": "imbalanced-regression", "rows": 600, "features": 8, "scales": [1, 30, 100], "seed": 3}},
         "tasks": [{"target": "y1"}, {"target": "y2"}, {"target": "y3"}],
         "model": {"backbone": [{"units": 16}], "head": [{"units": 4}]},
         "training": {"epochs": 10, "batchSize": 32, "seed": 5}}
        """;
    Path exp = Experiments.write(dir, "exp.json", json);
    Path run = dir.resolve("run");
    CliRunner.Result trained = CliRunner.run("train", exp.toString(), "--out", run.toString(), "--quiet");
    assertThat(trained.exitCode()).as(trained.err()).isZero();

    List<Finding> recorded = RunReader.manifest(run).findings();
    List<String> sentences = recorded.stream().filter(Finding::aboutGradients).map(Finding::sentence).toList();
    assertThat(sentences).isNotEmpty();
    assertThat(recorded.stream().filter(Finding::makesClaim).map(Finding::kind)).contains(Finding.IMBALANCE);

    // the command line printed them
    for (String s : sentences) {
      assertThat(trained.out()).contains(s);
    }

    // the report, which recomputes them from the stored metrics
    Path html = dir.resolve("report.html");
    CliRunner.Result report = CliRunner.run("report", run.toString(), "--html", html.toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    Document doc = Jsoup.parse(Files.readString(html));
    assertThat(doc.select("#answer li").eachText()).containsExactlyElementsOf(sentences);

    // the dashboard, following the run replayed from disk
    MetricsLog replayed = RunMetrics.read(run).replay();
    FindingsDetector detector = new FindingsDetector();
    for (int i = 0; i < 250 && detector.current().isEmpty(); i++) {
      detector.check(replayed);
      Thread.sleep(20);
    }
    assertThat(detector.current()).extracting(org.mtlworkbench.ui.dashboard.Finding::message).containsExactlyElementsOf(sentences);

    // the captions under the window's matrix and beside its gradient chart are the report's
    GradientSummary window = FindingsDetector.summary(replayed);
    GradientSummary reported = GradientSummary.of(LogFindings.window(replayed, Integer.MAX_VALUE), FindingSettings.DEFAULTS);
    assertThat(window.conflictCaption()).isEqualTo(reported.conflictCaption());
    assertThat(window.imbalanceCaption()).isEqualTo(reported.imbalanceCaption()).startsWith("Imbalance ");
    assertThat(doc.selectFirst("#conflicts").text()).contains(window.conflictCaption());
    assertThat(window.trueCosine()[0][1].value()).isEqualTo(reported.trueCosine()[0][1].value());
  }
}

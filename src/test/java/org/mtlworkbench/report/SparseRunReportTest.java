package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;

/** Runs that failed early or were cut short still get a whole report. */
class SparseRunReportTest {
  @TempDir Path dir;

  @Test
  void aRunWithoutMetricsFilesGetsEverySectionAndAPdf() throws Exception {
    Path run = RunDirFixture.write(dir.resolve("r"));
    Files.delete(run.resolve("metrics.csv"));
    Files.delete(run.resolve("conflicts.csv"));
    StoredRun stored = RunReader.read(run);
    Document doc = Jsoup.parse(HtmlReport.render(List.of(stored)));
    assertThat(doc.select("body > section").eachAttr("id")).containsExactlyElementsOf(RunReport.SECTIONS);
    assertThat(doc.select("svg")).hasSize(4);
    Path pdf = dir.resolve("r.pdf");
    PdfReport.write(List.of(stored), pdf);
    try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
      assertThat(p.getNumberOfPages()).isPositive();
    }
  }
}

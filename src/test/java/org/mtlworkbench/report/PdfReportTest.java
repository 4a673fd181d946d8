package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;

/** The PDF report, read back with PDFBox. */
class PdfReportTest {
  @TempDir Path dir;

  @Test
  void pdfOfARunHoldsTheTaskNamesTheMetricsAndTheCommand() throws Exception {
    StoredRun run = RunReader.read(RunDirFixture.write(dir.resolve("run")));
    Path file = dir.resolve("report.pdf");
    PdfReport.write(List.of(run), file);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(RunDirFixture.SCRIPT, RunDirFixture.QUOTES, "../../x");
      // the final test metrics and the baseline comparison, as written in run.json
      assertThat(text).contains("0.4321", "0.8765", "+13.6%", "Δm");
      assertThat(text).contains("mtl-workbench train exp.json --out ../../x --seed 7");
      assertThat(text).contains("What this run shows", "Gradient conflict", "Task weights", "Appendix: configuration");
      assertThat(text.indexOf("What this run shows")).isLessThan(text.indexOf("Loss per task"));
      assertThat(text.indexOf("Appendix: configuration")).isGreaterThan(text.indexOf("Gradient conflict"));
    }
  }
}

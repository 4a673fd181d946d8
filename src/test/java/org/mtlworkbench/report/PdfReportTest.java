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

  @Test
  void aNumberIsNeverBrokenAcrossTwoLines() throws Exception {
    // a narrow column of signed decimals, percentages and ratios forces many line breaks; each
    // must fall between numbers, never after a decimal point ("−0." / "85") or before a unit
    List<String> numbers = List.of("\u22120.85", "±", "0.01,", "\u22124114.9%", "+0.14", "2.4×", "(2.2×)", "98.33%");
    String words = String.join(" ", numbers);
    String page = "<html><head><style>p { width: 2.2cm; font-size: 11pt; font-family: 'DejaVu Sans'; }</style></head><body><p>"
        + (words + " ").repeat(6).strip() + "</p></body></html>";
    Path file = dir.resolve("numbers.pdf");
    PdfReport.writeXhtml(page, file);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      String[] lines = new PDFTextStripper().getText(pdf).strip().split("\\R");
      assertThat(lines.length).as("the column is narrow enough to wrap").isGreaterThan(6);
      for (String line : lines) {
        for (String token : line.strip().split(" ")) {
          assertThat(numbers).as("line '%s'", line).contains(token);
        }
      }
    }
  }
}

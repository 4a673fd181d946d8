package org.mtlworkbench.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.store.StoredRun;

/**
 * The report as PDF: the very page {@link HtmlReport} makes, laid out on A4 by openhtmltopdf with
 * the inline SVG charts drawn by Batik (vector). Text is real text, so the PDF can be searched.
 *
 * <p>The PDF's standard fonts cannot show every character a report uses (Δ, ±, −, task names in
 * any script), so DejaVu Sans is embedded when the system has it (Debian and most Linux
 * distributions do); elsewhere the standard font is used and such characters may be missing.
 */
public final class PdfReport {
  /** Where DejaVu fonts usually are. */
  private static final List<String> FONT_DIRS =
      List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/Library/Fonts");

  static {
    // openhtmltopdf reports every step on java.util.logging; the command line prints one line or none
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private PdfReport() {}

  /** Writes the report of {@code runs} (see {@link HtmlReport#render}) as PDF to {@code file}. */
  public static void write(List<StoredRun> runs, Path file) {
    writeXhtml(HtmlReport.render(runs), file);
  }

  /** Renders an XHTML page (as {@link HtmlReport} makes) to {@code file}, replaced in one step. */
  public static void writeXhtml(String xhtml, Path file) {
    OutputFiles.write(file, out -> {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      // the default breaker also breaks after '.', which split "−0.85" and "−4114.9%" across two lines
      builder.useUnicodeLineBreaker(new PdfLineBreaker());
      font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400);
      font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
      font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400);
      // no base URI: the page refers to nothing outside itself
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    });
  }

  private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
    for (String dir : FONT_DIRS) {
      File f = new File(dir, file);
      if (f.isFile()) {
        builder.useFont(f, family, weight, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        return;
      }
    }
  }
}

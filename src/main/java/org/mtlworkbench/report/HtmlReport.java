package org.mtlworkbench.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.store.SafeNames;
import org.mtlworkbench.store.StoredRun;

/**
 * A run, or a comparison of several, as ONE self-contained HTML file: style sheet inline, charts
 * inline as SVG, no scripts, no fonts, images or style sheets fetched from anywhere, so it opens
 * offline in any browser and can be handed on as it is. The markup is well-formed XHTML, so
 * {@link PdfReport} renders the same page to PDF.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The report page: of the run when there is one, a comparison when there are several. */
  public static String render(List<StoredRun> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one run");
    }
    return runs.size() == 1 ? RunReport.render(runs.get(0)) : ComparisonReport.render(runs);
  }

  /**
   * A file name for the report of {@code runs} with extension {@code ext} ("html", "pdf", "csv")
   * that is safe whatever the experiment is called ({@link SafeNames}): "{name}-report.html", or
   * "comparison-{n}-runs.html".
   */
  public static String suggestedFileName(List<StoredRun> runs, String ext) {
    String stem = runs.size() == 1 ? SafeNames.fileName(runs.get(0).manifest().name()) + "-report"
        : "comparison-" + runs.size() + "-runs";
    return stem + "." + SafeNames.fileName(ext);
  }

  /** Writes {@link #render} to {@code file} (replaced in one step). */
  public static void write(List<StoredRun> runs, Path file) {
    byte[] page = render(runs).getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(file, out -> out.write(page));
  }
}

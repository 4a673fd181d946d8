package org.mtlworkbench.report;

import org.jfree.chart.JFreeChart;

/**
 * The frame of a report page: one self-contained XHTML document with its style sheet inline and
 * its charts inline as SVG. Nothing is loaded from elsewhere (no scripts, fonts, images or
 * links), so the file opens offline in any browser, and the same markup renders to PDF.
 */
public final class ReportPage {
  /** Curve charts: the width of an A4 page's text. */
  public static final int WIDTH = 680;
  public static final int HEIGHT = 330;

  private static final String STYLE = """
      @page { size: A4; margin: 14mm 12mm; }
      body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; color: #222; font-size: 10pt;
             max-width: 720px; margin: 0 auto; padding: 12px; }
      h1 { font-size: 17pt; margin: 0 0 4px 0; }
      h2 { page-break-after: avoid; font-size: 13pt; border-bottom: 1px solid #ccd; padding-bottom: 2px; margin-top: 22px; }
      h3 { page-break-after: avoid; font-size: 11pt; margin: 12px 0 4px 0; }
      .meta { color: #555; margin: 0 0 8px 0; }
      table { border-collapse: collapse; margin: 4px 0 10px 0; font-size: 9pt; }
      th, td { border: 1px solid #d5d9e0; padding: 2px 6px; text-align: left; vertical-align: top; }
      th { background: #f1f3f6; }
      td.num { text-align: right; white-space: nowrap; }
      figure { margin: 8px 0 14px 0; page-break-inside: avoid; }
      figure svg { max-width: 100%; height: auto; }
      figcaption { color: #555; font-size: 9pt; }
      pre { background: #f6f7f9; border: 1px solid #d5d9e0; padding: 6px; white-space: pre-wrap; word-wrap: break-word;
            font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }
      ul.findings li { margin-bottom: 3px; }
      ul.not-found, ul.notes { color: #555; font-size: 9pt; }
      ul.not-found li, ul.notes li { margin-bottom: 2px; }
      """;

  private final Xhtml x = new Xhtml();
  private int charts;

  public ReportPage(String title) {
    x.raw("<!DOCTYPE html>\n");
    x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
    x.open("head");
    x.raw("<meta charset=\"UTF-8\"/>");
    x.raw("<meta name=\"generator\" content=\"MTL Workbench\"/>");
    x.element("title", title);
    x.open("style").raw(STYLE).close("style");
    x.close("head");
    x.open("body");
  }

  public Xhtml x() {
    return x;
  }

  public void section(String id, String heading) {
    x.open("section", "id", id);
    x.element("h2", heading);
  }

  public void endSection() {
    x.close("section");
  }

  /** The chart inline as SVG, with a caption. */
  public void chart(JFreeChart chart, int width, int height, String caption) {
    String prefix = "c" + charts++ + "-";
    x.open("figure");
    x.raw(ChartExport.svgElement(chart, width, height, prefix));
    if (caption != null) {
      x.element("figcaption", caption);
    }
    x.close("figure");
  }

  public String finish() {
    x.close("body");
    x.close("html");
    return x.toString();
  }
}

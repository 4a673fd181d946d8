package org.mtlworkbench.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Any chart to a file: PNG (raster, drawn at a chosen scale so that a 600 × 400 chart can be
 * printed sharp at 1200 × 800 pixels), SVG and PDF (vector: lines and text stay lines and text).
 * All three draw the same {@link JFreeChart} through {@code Graphics2D}, as the window does.
 *
 * <p>Sizes are in points (1/72 inch), the chart's own layout units.
 */
public final class ChartExport {
  private ChartExport() {}

  /** Writes a PNG of {@code scale × width} by {@code scale × height} pixels. */
  public static void png(JFreeChart chart, int width, int height, double scale, Path file) {
    if (!(scale > 0 && scale <= 16)) {
      throw new IllegalArgumentException("PNG scale must be in (0, 16], got " + scale);
    }
    BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
        BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(scale, scale);
      drawText(chart, g, width, height);
    } finally {
      g.dispose();
    }
    OutputFiles.write(file, out -> ImageIO.write(image, "png", out));
  }

  /** Writes a standalone SVG document. */
  public static void svg(JFreeChart chart, int width, int height, Path file) {
    // No DOCTYPE (JFreeSVG's document has one): a reader must not fetch the SVG 1.1 DTD to open it.
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + draw(chart, width, height, "chart").getSVGElement() + "\n";
    OutputFiles.write(file, out -> out.write(doc.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The chart as one {@code <svg>} element to put inline in an (X)HTML page. Every id inside it
   * (clip paths) starts with {@code idPrefix}, so several charts can share one page.
   */
  public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
    // width, height and a viewBox: the page may scale the chart down to fit (CSS max-width)
    // whole-number width and height (JFreeSVG writes "680.0", which the PDF renderer rejects)
    // and a viewBox, so the page may scale the chart down to fit (CSS max-width)
    String svg = draw(chart, width, height, idPrefix).getSVGElement(idPrefix + "svg", false, new ViewBox(0, 0, width, height),
        PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    return "<svg width=\"" + width + "\" height=\"" + height + "\"" + svg.substring("<svg".length());
  }

  private static SVGGraphics2D draw(JFreeChart chart, int width, int height, String idPrefix) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(idPrefix);
    drawText(chart, g, width, height);
    return g;
  }

  /**
   * Draws with rotated labels (the value axis') as text rather than glyph outlines: JFreeChart
   * by default draws rotated text through a {@code TextLayout}, a work-around for old JDKs that
   * turns the label into shapes in SVG and PDF, so it could not be searched or selected. The
   * setting is global in JFreeChart, so it is restored afterwards.
   */
  private static synchronized void drawText(JFreeChart chart, Graphics2D g, int width, int height) {
    boolean before = TextUtils.isUseDrawRotatedStringWorkaround();
    TextUtils.setUseDrawRotatedStringWorkaround(false);
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      TextUtils.setUseDrawRotatedStringWorkaround(before);
    }
  }

  /**
   * Writes a one-page PDF of the chart's size. Text in the standard PDF fonts stays text
   * (searchable); characters those fonts cannot show are drawn as outlines.
   */
  public static void pdf(JFreeChart chart, int width, int height, Path file) {
    OutputFiles.write(file, out -> {
      try (PDDocument doc = new PDDocument()) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        try {
          g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
          drawText(chart, g, width, height);
        } finally {
          g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.drawForm(g.getXFormObject());
        }
        doc.save(out);
      }
    });
  }
}

package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.ExportLook;
import org.mtlworkbench.report.chart.ParetoChart;
import org.mtlworkbench.report.series.ParetoFront.Point;
import org.w3c.dom.Document;

class ChartExportTest {
  @TempDir Path dir;

  private static JFreeChart chart() {
    JFreeChart c = ParetoChart.create(
        List.of(new Point("run <a&b>", 0.1, 0.8), new Point("run two", 0.2, 0.9)),
        "y1 mse", false, "y2 accuracy", true, ChartTheme.LIGHT);
    return ExportLook.apply(c, ChartTheme.LIGHT, "Trade-off between y1 and y2", "y1 mse", "y2 accuracy", true);
  }

  @Test
  void svgIsWellFormedXmlWithTitleAxisLabelsAndLegend() throws Exception {
    Path file = dir.resolve("c.svg");
    ChartExport.svg(chart(), 600, 400, file);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text).contains("Trade-off between y1 and y2", "y1 mse", "y2 accuracy", "run <a&b>", "run two", "Pareto front");
  }

  @Test
  void pdfLoadsWithOnePageOfTheChartsSize() throws Exception {
    Path file = dir.resolve("c.pdf");
    ChartExport.pdf(chart(), 600, 400, file);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(600f);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("run two");
    }
  }

  @Test
  void pngIsScaleTimesTheSize() throws Exception {
    Path file = dir.resolve("c.png");
    ChartExport.png(chart(), 300, 200, 2, file);
    BufferedImage img = ImageIO.read(file.toFile());
    assertThat(img.getWidth()).isEqualTo(600);
    assertThat(img.getHeight()).isEqualTo(400);
    // something was drawn: the corner is the theme's background, not transparent
    assertThat(img.getRGB(1, 1)).isEqualTo(ChartTheme.LIGHT.background().getRGB());
  }

  @Test
  void aFailedExportLeavesTheEarlierFileAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("c.svg");
    Files.writeString(file, "earlier");
    JFreeChart broken = chart();
    broken.getXYPlot().setRenderer(null);
    broken.getXYPlot().setRenderer(1, new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer() {
      @Override
      public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
          java.awt.geom.Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info, org.jfree.chart.plot.XYPlot plot,
          org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, org.jfree.data.xy.XYDataset dataset,
          int series, int item, org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
        throw new IllegalStateException("cannot draw");
      }
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChartExport.pdf(broken, 600, 400, dir.resolve("c.pdf")))
        .hasMessageContaining("cannot draw");
    assertThat(Files.readString(file)).isEqualTo("earlier");
    try (var files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("c.svg");
    }
  }
}

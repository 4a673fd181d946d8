package org.mtlworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.Estimate;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.ConflictMatrixChart;
import org.mtlworkbench.report.series.Points;
import org.mtlworkbench.report.chart.TaskCurvesChart;

/** A dashboard chart exported as it stands alone: the file by extension, the chart on screen untouched. */
class ChartExportMenuTest {
  @TempDir Path dir;

  private static TaskCurvesChart liveLoss() {
    TaskCurvesChart c = new TaskCurvesChart(ChartTheme.LIGHT);
    c.setTasks(List.of("depth", "segmentation"), new int[] {0, 1});
    Points p = new Points();
    for (int i = 0; i < 50; i++) {
      p.add(i, 1.0 / (1 + i));
    }
    c.main().set(0, p);
    c.main().set(1, p);
    c.faint().set(0, p);
    c.showSteps(50);
    return c;
  }

  @Test
  void theSvgHasTitleAxisLabelsAndALegendOfTheTasksAndTheLiveChartStaysBare() throws Exception {
    TaskCurvesChart live = liveLoss();
    JFreeChart copy = live.exportCopy("Loss per task", "step", "loss");
    Path svg = dir.resolve("loss.svg");

    assertThat(ChartExportMenu.export(copy, svg)).isEqualTo("Saved " + svg + ".");
    String text = Files.readString(svg);
    assertThat(text).startsWith("<?xml").contains("<svg").contains("Loss per task").contains(">step<").contains(">loss<")
        .contains(">depth<").contains(">segmentation<");
    // the faint raw curve of "depth" is not a second legend entry
    assertThat(text.split(">depth<", -1)).hasSize(2);
    assertThat(live.chart().getTitle()).isNull();
    assertThat(live.chart().getLegend()).isNull();
  }

  @Test
  void pngIsTwiceTheChartSizeAndPdfIsOnePageWithTheTaskNamesAsText() throws Exception {
    JFreeChart copy = liveLoss().exportCopy("Loss per task", "step", "loss");
    Path png = dir.resolve("loss.PNG");
    Path pdf = dir.resolve("loss.pdf");
    assertThat(ChartExportMenu.export(copy, png)).startsWith("Saved");
    assertThat(ChartExportMenu.export(copy, pdf)).startsWith("Saved");

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1440);
    assertThat(image.getHeight()).isEqualTo(900);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc)).contains("depth").contains("segmentation").contains("Loss per task");
    }
  }

  @Test
  void theConflictMatrixCarriesItsCosineScale() throws Exception {
    ConflictMatrixChart m = new ConflictMatrixChart(ChartTheme.DARK);
    m.setTasks(List.of("a", "b"));
    m.update(summary(-0.4));
    Path svg = dir.resolve("conflict.svg");
    assertThat(ChartExportMenu.export(m.exportCopy("Gradient conflict"), svg)).startsWith("Saved");
    assertThat(Files.readString(svg)).contains("Gradient conflict").contains(">cosine<").contains("−0.40").contains("± 0.05")
        .contains("floor +0.30");
  }

  @Test
  void theCopyKeepsTheDataOfTheMomentItWasMadeWhileTheLiveChartRedraws() throws Exception {
    TaskCurvesChart live = liveLoss();
    JFreeChart copy = live.exportCopy("Loss per task", "step", "loss");
    Points later = new Points();
    later.add(0, 42);
    live.main().set(0, later); // the window's next redraw, while the copy is being written
    live.main().changed();
    org.jfree.data.xy.XYDataset copied = copy.getXYPlot().getDataset(1); // the main curves
    assertThat(copied.getItemCount(0)).isEqualTo(50);
    assertThat(copied.getYValue(0, 1)).isEqualTo(0.5); // 1 / (1 + 1), as liveLoss drew it
    assertThat(live.main().getItemCount(0)).isEqualTo(1);

    ConflictMatrixChart m = new ConflictMatrixChart(ChartTheme.LIGHT);
    m.setTasks(List.of("a", "b"));
    m.update(summary(-0.4));
    JFreeChart matrixCopy = m.exportCopy("Gradient conflict");
    m.update(summary(0.9));
    Path svg = dir.resolve("conflict-then.svg");
    assertThat(ChartExportMenu.export(matrixCopy, svg)).startsWith("Saved");
    assertThat(Files.readString(svg)).contains("−0.40").doesNotContain("+0.90");
  }

  /** Two tasks whose true gradients have cosine {@code rho} (± 0.05), noise floors 0.3. */
  private static GradientSummary summary(double rho) {
    Estimate r = new Estimate(rho, rho - 0.05, rho + 0.05, 500, 22, 22, 0);
    Estimate none = Estimate.undefined(500, 0, 0);
    Estimate floor = new Estimate(0.3, 0.28, 0.32, 500, 22, 22, 0);
    Estimate share = new Estimate(0.1, 0.05, 0.15, 500, 22, 22, 0);
    return new GradientSummary(List.of("a", "b"), 500, null, new Estimate[][] {{none, r}, {r, none}},
        new Estimate[][] {{none, r}, {r, none}}, new Estimate[][] {{none, share}, {share, none}}, new Estimate[] {floor, floor},
        new Estimate[] {share, share}, true);
  }

  @Test
  void anUnknownExtensionIsOneLineAndWritesNothing() {
    Path txt = dir.resolve("chart.txt");
    assertThat(ChartExportMenu.export(liveLoss().exportCopy("t", "x", "y"), txt))
        .isEqualTo("chart.txt: give the file a .png, .svg or .pdf extension");
    assertThat(txt).doesNotExist();
  }
}

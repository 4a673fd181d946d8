package org.mtlworkbench.ui.chart;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.report.ChartExport;
import org.mtlworkbench.store.SafeNames;

/**
 * "Export chart…" in a chart's context menu: the chart as it stands alone on paper (title, axis
 * labels, legend: {@link org.mtlworkbench.report.chart.ExportLook}) to PNG at a chosen scale
 * (1×, 2× or 4× its 720 × 450 layout), SVG or PDF (vector), chosen by the file's extension and,
 * for PNG, by the file type picked in the dialog.
 */
public final class ChartExportMenu {
  /** PNG pixels per point unless the dialog says otherwise: a chart of screen size printed sharp. */
  public static final double PNG_SCALE = 2.0;
  private static final double[] PNG_SCALES = {1, 2, 4};
  private static final int WIDTH = 720;
  private static final int HEIGHT = 450;
  /**
   * Files are written here, not on the UI thread: a PDF's first export loads PDFBox and its
   * fonts (about a second), a 4× PNG is 2880 × 1800 pixels to draw and compress.
   */
  private static final Executor WRITER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "chart-export");
    t.setDaemon(true);
    return t;
  });

  /** The text of the export submenu JFreeChart-FX puts in a {@code ChartViewer}'s own context menu. */
  static final String JFREE_EXPORT_MENU = "Export As";

  private ChartExportMenu() {}

  /**
   * @param viewer the chart on screen
   * @param forExport builds a stand-alone copy of the chart at the moment of export
   * @param name what the chart shows, for the proposed file name
   * @param report receives "Saving …", then (on the UI thread, once the file is written in the
   *     background) "Saved …" or the one-line reason the file could not be written
   */
  public static void install(ChartViewer viewer, Supplier<JFreeChart> forExport, Supplier<String> name, Consumer<String> report) {
    MenuItem item = new MenuItem("Export chart (PNG, SVG, PDF)…");
    item.setId(viewer.getId() + "Export");
    item.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export chart");
      for (double scale : PNG_SCALES) {
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
            String.format(Locale.ROOT, "PNG image, %.0f× (%.0f × %.0f px) (*.png)", scale, WIDTH * scale, HEIGHT * scale), "*.png"));
      }
      chooser.getExtensionFilters().addAll(
          new FileChooser.ExtensionFilter("SVG, vector (*.svg)", "*.svg"),
          new FileChooser.ExtensionFilter("PDF, vector (*.pdf)", "*.pdf"));
      chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
      chooser.setInitialFileName(SafeNames.fileName(name.get()) + ".png");
      File chosen = chooser.showSaveDialog(viewer.getScene() == null ? null : viewer.getScene().getWindow());
      if (chosen != null) {
        int picked = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        double scale = picked >= 0 && picked < PNG_SCALES.length ? PNG_SCALES[picked] : PNG_SCALE;
        JFreeChart copy = forExport.get(); // its own data: the window may redraw meanwhile
        report.accept("Saving " + chosen + "…");
        WRITER.execute(() -> {
          String result = export(copy, chosen.toPath(), scale);
          Platform.runLater(() -> report.accept(result));
        });
      }
    });
    if (viewer.getContextMenu() == null) { // a viewer made without JFreeChart's own menu
      ContextMenu menu = new ContextMenu(item);
      viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
    } else {
      // JFreeChart's own "Export As" writes the bare screen chart (no title, labels or legend):
      // one export entry, ours, is less to wonder about.
      var items = viewer.getContextMenu().getItems();
      items.removeIf(i -> i instanceof Menu && JFREE_EXPORT_MENU.equals(i.getText()));
      while (!items.isEmpty() && items.get(items.size() - 1) instanceof SeparatorMenuItem) {
        items.remove(items.size() - 1);
      }
      if (!items.isEmpty()) {
        items.add(new SeparatorMenuItem());
      }
      items.add(item);
    }
  }

  /** As {@link #export(JFreeChart, Path, double)} with PNG at {@link #PNG_SCALE}. */
  public static String export(JFreeChart chart, Path file) {
    return export(chart, file, PNG_SCALE);
  }

  /**
   * Writes {@code chart} to {@code file} in the format its extension names.
   *
   * @param pngScale pixels per point of a PNG
   * @return "Saved FILE." or the one-line reason it was not written
   */
  public static String export(JFreeChart chart, Path file, double pngScale) {
    String ext = extension(file);
    try {
      switch (ext) {
        case "png" -> ChartExport.png(chart, WIDTH, HEIGHT, pngScale, file);
        case "svg" -> ChartExport.svg(chart, WIDTH, HEIGHT, file);
        case "pdf" -> ChartExport.pdf(chart, WIDTH, HEIGHT, file);
        default -> {
          return file.getFileName() + ": give the file a .png, .svg or .pdf extension";
        }
      }
      return "Saved " + file + ".";
    } catch (InputException e) {
      return e.getMessage();
    }
  }

  private static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

package org.mtlworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A chart's context menu has one way to export it: ours, with title, labels and legend — not JFreeChart's own as well. */
class ChartExportMenuEntriesTest {
  private static List<String> texts(List<MenuItem> items) {
    return items.stream().map(i -> i instanceof SeparatorMenuItem ? "—" : i.getText()
        + (i instanceof Menu m ? texts(m.getItems()).toString() : "")).toList();
  }

  @Test
  void aViewerWithJFreeChartsOwnMenuKeepsOnlyOneExportEntry() throws Exception {
    FxToolkit.registerPrimaryStage();
    List<String> menu = WaitForAsyncUtils.asyncFx(() -> {
      JFreeChart chart = ChartFactory.createXYLineChart("Loss", "step", "loss", new XYSeriesCollection());
      ChartViewer viewer = new ChartViewer(chart); // with JFreeChart's context menu, as the dashboard's charts
      viewer.setId("lossChart");
      ChartExportMenu.install(viewer, () -> chart, () -> "loss", message -> { });
      return texts(viewer.getContextMenu().getItems());
    }).get();

    assertThat(menu).containsExactly("Export chart (PNG, SVG, PDF)…");
  }
}

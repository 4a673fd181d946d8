package org.mtlworkbench.ui.runs;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.ui.chart.ChartExportMenu;
import org.mtlworkbench.report.SpecDiff;
import org.mtlworkbench.report.chart.ChartTheme;

/**
 * Several runs side by side: each task's curves overlaid (seeds of one experiment as a band), a
 * Pareto chart of two tasks, and the settings in which the experiments differ. The charts come
 * from {@link CompareViewModel}; this class only lays them out.
 */
public final class CompareView extends BorderPane {
  static final double CHART_HEIGHT = 320;

  private final CompareViewModel model;
  private final ChartTheme theme;
  private final VBox curves = new VBox(8);
  private final VBox bands = new VBox(8);
  private final ComboBox<String> column = new ComboBox<>();
  private final ComboBox<String> taskA = new ComboBox<>();
  private final ComboBox<String> taskB = new ComboBox<>();
  private final ComboBox<String> metricA = new ComboBox<>();
  private final ComboBox<String> metricB = new ComboBox<>();
  private final ChartViewer pareto = new ChartViewer(null, false);
  private final Label notice = new Label();

  /** @param header what goes at the top right (the export button) */
  public CompareView(CompareViewModel model, ChartTheme theme, javafx.scene.Node header) {
    this.model = model;
    this.theme = theme;
    setId("compareView");
    getStyleClass().add("workbench-area");

    Label title = new Label("Comparing " + model.runs().size() + " runs");
    title.getStyleClass().add("area-title-text");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    notice.setId("compareNotice");
    notice.getStyleClass().add("chart-note");
    HBox top = new HBox(8, title, grow, notice, header);
    top.setAlignment(Pos.CENTER_LEFT);
    top.getStyleClass().add("area-header");

    TabPane tabs = new TabPane(curvesTab(), bandsTab(), paretoTab(), differencesTab());
    tabs.setId("compareTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    setTop(top);
    setCenter(tabs);
  }

  private Tab curvesTab() {
    column.setId("compareColumn");
    column.getItems().setAll(model.columns());
    column.valueProperty().addListener((obs, old, now) -> drawCurves());
    Label note = new Label("Runs that differ only by seed: see Seed bands for their mean ± one standard deviation.");
    note.getStyleClass().add("chart-note");
    HBox bar = new HBox(8, muted("Curve"), column, note);
    bar.setAlignment(Pos.CENTER_LEFT);
    curves.setId("compareCurves");
    bands.setId("compareBands");
    if (!column.getItems().isEmpty()) {
      column.setValue(column.getItems().get(0));
    }
    return new Tab("Curves", padded(new VBox(8, bar, scrolling(curves))));
  }

  private Tab bandsTab() {
    Label note = new Label("Runs whose experiments differ only by the seed are one curve: the mean, with a band of ± one"
        + " standard deviation.");
    note.getStyleClass().add("chart-note");
    return new Tab("Seed bands", padded(new VBox(8, note, scrolling(bands))));
  }

  private static ScrollPane scrolling(VBox charts) {
    ScrollPane scroll = new ScrollPane(charts);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    return scroll;
  }

  private void drawCurves() {
    curves.getChildren().clear();
    bands.getChildren().clear();
    String c = column.getValue();
    if (c == null) {
      return;
    }
    for (String task : model.tasks()) {
      curves.getChildren().add(viewer("compareChart-" + task, model.overlay(task, c, theme)));
      bands.getChildren().add(viewer("bandChart-" + task, model.seedBands(task, c, theme)));
    }
  }

  private ChartViewer viewer(String id, org.jfree.chart.JFreeChart chart) {
    ChartViewer viewer = new ChartViewer(chart, false);
    viewer.setId(id);
    offerExport(viewer);
    viewer.setPrefHeight(CHART_HEIGHT);
    viewer.setMinHeight(CHART_HEIGHT);
    return viewer;
  }

  private Tab paretoTab() {
    List<String> tasks = model.tasks();
    List<String> metrics = model.finalMetrics();
    taskA.setId("paretoTaskA");
    taskB.setId("paretoTaskB");
    metricA.setId("paretoMetricA");
    metricB.setId("paretoMetricB");
    taskA.getItems().setAll(tasks);
    taskB.getItems().setAll(tasks);
    metricA.getItems().setAll(metrics);
    metricB.getItems().setAll(metrics);
    pareto.setId("paretoChart");
    offerExport(pareto);
    VBox.setVgrow(pareto, Priority.ALWAYS);
    Label note = new Label();
    note.getStyleClass().add("chart-note");
    if (tasks.size() < 2) {
      note.setText("The Pareto chart needs runs with two tasks or more.");
    } else {
      taskA.setValue(tasks.get(0));
      taskB.setValue(tasks.get(1));
      metricA.setValue(model.taskMetric(tasks.get(0)));
      metricB.setValue(model.taskMetric(tasks.get(1)));
      drawPareto();
    }
    taskA.valueProperty().addListener((obs, old, now) -> {
      metricA.setValue(model.taskMetric(now));
      drawPareto();
    });
    taskB.valueProperty().addListener((obs, old, now) -> {
      metricB.setValue(model.taskMetric(now));
      drawPareto();
    });
    metricA.valueProperty().addListener((obs, old, now) -> drawPareto());
    metricB.valueProperty().addListener((obs, old, now) -> drawPareto());
    HBox bar = new HBox(8, muted("Task A (x)"), taskA, metricA, muted("Task B (y)"), taskB, metricB, note);
    bar.setAlignment(Pos.CENTER_LEFT);
    return new Tab("Pareto", padded(new VBox(8, bar, pareto)));
  }

  private void drawPareto() {
    if (taskA.getValue() != null && taskB.getValue() != null && metricA.getValue() != null && metricB.getValue() != null) {
      pareto.setChart(model.pareto(taskA.getValue(), metricA.getValue(), taskB.getValue(), metricB.getValue(), theme));
    }
  }

  private Tab differencesTab() {
    TableView<SpecDiff.Row> table = new TableView<>();
    table.setId("compareDiffTable");
    table.setPlaceholder(new Label("The experiments are identical."));
    TableColumn<SpecDiff.Row, String> path = new TableColumn<>("Setting");
    path.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
    path.setPrefWidth(240);
    table.getColumns().add(path);
    List<String> labels = model.labels();
    for (int i = 0; i < labels.size(); i++) {
      int run = i;
      TableColumn<SpecDiff.Row, String> col = new TableColumn<>(labels.get(i));
      col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(run)));
      col.setPrefWidth(220);
      table.getColumns().add(col);
    }
    table.getItems().setAll(model.differences());
    return new Tab("Differences", padded(new VBox(table)));
  }

  private static VBox padded(VBox box) {
    box.setPadding(new javafx.geometry.Insets(8));
    box.getChildren().forEach(n -> {
      if (n instanceof TableView<?>) {
        VBox.setVgrow(n, Priority.ALWAYS);
      }
    });
    return box;
  }

  /** The charts here already stand alone (title, axis labels, legend): exported as shown. */
  private void offerExport(ChartViewer viewer) {
    ChartExportMenu.install(viewer, viewer::getChart,
        () -> viewer.getChart() == null || viewer.getChart().getTitle() == null ? "chart" : viewer.getChart().getTitle().getText(),
        notice::setText);
  }

  private static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("muted-label");
    return l;
  }

  public CompareViewModel model() {
    return model;
  }
}

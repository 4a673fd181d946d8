package org.mtlworkbench.ui.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.Range;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.series.GrowingDecimation;
import org.mtlworkbench.report.series.MinMaxIndex;
import org.mtlworkbench.report.series.MinMaxDecimator;
import org.mtlworkbench.report.series.Points;
import org.mtlworkbench.report.chart.TaskCurvesChart;
import org.mtlworkbench.ui.chart.ChartExportMenu;
import org.mtlworkbench.ui.run.BaselineCurve;
import org.mtlworkbench.train.EpochRecord;

/**
 * One chart of per-task curves over steps (loss, gradient norm or weight) in a ChartViewer, with
 * a title row for its controls. Each redraw decimates every series to the plot's pixel columns
 * over the visible steps (so a zoom, by dragging over the chart, re-decimates; a double click
 * shows the whole run again) and changes the chart once.
 */
final class CurvesPanel extends VBox {
  /** What the curves show. */
  enum Kind {
    LOSS,
    GRADIENT,
    WEIGHT
  }

  private final Kind kind;
  private final ChartViewer viewer;
  private final Points points = new Points();
  private TaskCurvesChart curves;
  private Range drawnRange;
  private GrowingDecimation[] mainCuts = new GrowingDecimation[0];
  private GrowingDecimation[] faintCuts = new GrowingDecimation[0];
  private SmoothedSeries[] baselines = new SmoothedSeries[0];
  private boolean zoomMoved;
  private String title;
  /** Pixels one step tick needs: a label like "250,000" and the gap to the next. */
  private static final int STEP_LABEL_ROOM = 75;
  private final Label titleLabel;
  private final TaskLegend legend;
  private final CrosshairReadout readoutBox;
  /** The step under the mouse, drawn over the chart rather than into it (no redraw as the mouse moves). */
  private final Line crosshair = new Line();
  private ChartTheme theme;
  private DashboardFeed feed;
  private float[] readout = new float[0];
  private int readoutIndex = -1;

  CurvesPanel(String id, String title, Kind kind, ChartTheme theme, Node... controls) {
    this.kind = kind;
    this.title = title;
    this.theme = theme;
    setId(id);
    getStyleClass().add("chart-panel");
    Label t = new Label(title);
    titleLabel = t;
    t.setId(id + "Title");
    t.getStyleClass().add("chart-title");
    t.setMinWidth(Region.USE_PREF_SIZE); // the controls beside it give way first
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(6, t, grow);
    header.getChildren().addAll(controls);
    header.setAlignment(Pos.CENTER_LEFT);
    curves = new TaskCurvesChart(theme);
    viewer = new ChartViewer(curves.chart());
    viewer.setId(id + "Chart");
    viewer.setMinSize(120, 90);
    viewer.setPrefSize(300, 200);
    crosshair.setManaged(false);
    crosshair.setMouseTransparent(true);
    crosshair.setVisible(false);
    crosshair.getStyleClass().add("chart-crosshair");
    readoutBox = new CrosshairReadout(id + "Readout");
    StackPane chartArea = new StackPane(viewer, crosshair, readoutBox);
    chartArea.setMinSize(120, 90);
    VBox.setVgrow(chartArea, Priority.ALWAYS);
    legend = new TaskLegend(id + "Legend");
    viewer.setOnMouseMoved(e -> readout(e.getX(), e.getY()));
    viewer.setOnMouseExited(e -> hideReadout());
    viewer.setOnMouseDragged(e -> hideReadout());
    viewer.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        showWholeRun(); // the next redraw grows the step axis with the run again
        zoomMoved = true;
      }
    });
    watchZoom();
    getChildren().addAll(header, chartArea, legend);
  }

  /** Adds "Export chart…" to the chart's context menu; {@code report} hears how it went. */
  void offerExport(java.util.function.Consumer<String> report) {
    ChartExportMenu.install(viewer, () -> curves.exportCopy(title, "step", switch (kind) {
      case LOSS -> "loss" + (curves.isLogScale() ? " (log scale)" : "");
      case GRADIENT -> title.toLowerCase(java.util.Locale.ROOT) + " on the shared parameters" + (curves.isLogScale() ? " (log scale)" : "");
      case WEIGHT -> "task weight";
    }), () -> title, report);
  }

  private void watchZoom() {
    curves.plot().getDomainAxis().addChangeListener(e -> {
      if (curves.isZoomed() && !curves.plot().getDomainAxis().getRange().equals(drawnRange)) {
        zoomMoved = true;
      }
    });
  }

  /** What the chart draws, as its title (and an exported copy's) says. */
  String title() {
    return title;
  }

  void setTitle(String newTitle) {
    title = newTitle;
    titleLabel.setText(newTitle);
  }

  /** Forgets the user's zoom: the whole run (steps and values) is shown again. */
  void showWholeRun() {
    curves.showWholeRun();
  }

  /**
   * Another run (or none) is shown: a zoom into the last one's steps means nothing for it, and
   * its step axis starts small.
   */
  void forgetZoom() {
    curves.chart().setNotify(false);
    try {
      curves.showSteps(TaskCurvesChart.niceUpper(0));
      curves.showWholeRun();
    } finally {
      curves.chart().setNotify(true);
    }
  }

  /** Whether the user zoomed since the last redraw (the view needs decimating again). */
  boolean zoomMoved() {
    return zoomMoved;
  }

  TaskCurvesChart curves() {
    return curves;
  }

  /** The tasks drawn, each with its colour index; the curves start empty. */
  void setTasks(List<String> tasks, int[] colours) {
    curves.setTasks(tasks, colours);
    mainCuts = fresh(0);
    hideReadout();
    legend.setTasks(tasks, colours, theme);
    readoutBox.setTasks(tasks, colours, theme);
    readout = new float[tasks.size()];
  }

  /**
   * The single-task baselines' training losses, drawn dotted beside each task's loss (loss
   * charts only); a task without one in {@code curves} draws none.
   */
  void setBaselines(List<String> tasks, List<BaselineCurve> curves, double smoothing) {
    baselines = new SmoothedSeries[tasks.size()];
    for (BaselineCurve b : curves) {
      int t = tasks.indexOf(b.task());
      if (t < 0 || !b.finished() || b.trainLoss().size() == 0) {
        continue;
      }
      double[] v = b.trainLoss().values();
      float[] f = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        f[i] = (float) v[i];
      }
      SmoothedSeries s = new SmoothedSeries(smoothing);
      s.append(f, f.length);
      baselines[t] = s;
    }
  }

  /** Draws with another theme (a new chart, same tasks and scale). */
  void applyTheme(ChartTheme theme, List<String> tasks, int[] colours) {
    boolean log = curves.isLogScale();
    this.theme = theme;
    legend.setTasks(tasks, colours, theme);
    readoutBox.setTasks(tasks, colours, theme);
    curves = new TaskCurvesChart(theme);
    curves.setIncludeZero(kind == Kind.WEIGHT);
    curves.setLogScale(log);
    curves.setTasks(tasks, colours);
    viewer.setChart(curves.chart());
    watchZoom();
  }

  void setLogScale(boolean log) {
    curves.setLogScale(log);
  }

  /**
   * Redraws from the feed: the smoothed curve solid with the raw one faint behind it (when
   * smoothing), or the raw curve alone; for losses also the validation loss after every epoch.
   *
   * @param rewritten whether series values changed rather than grew (smoothing, layer): the
   *     decimations kept from earlier frames are dropped
   */
  void redraw(DashboardFeed feed, List<EpochRecord> evaluations, boolean rewritten) {
    this.feed = feed;
    zoomMoved = false;
    int k = feed.tasks().size();
    if (rewritten || mainCuts.length != k) {
      mainCuts = fresh(k);
      faintCuts = fresh(k);
    }
    int n = feed.size();
    int columns = Math.max(100, (int) viewer.getWidth());
    curves.setStepTicks(columns / STEP_LABEL_ROOM);
    boolean zoomed = curves.isZoomed();
    double lo = 0;
    double hi = TaskCurvesChart.niceUpper(n);
    if (zoomed) {
      Range r = curves.plot().getDomainAxis().getRange();
      lo = r.getLowerBound();
      hi = r.getUpperBound();
    }
    boolean smooth = kind != Kind.WEIGHT && feed.smoothing() > 0;
    curves.chart().setNotify(false);
    try {
      if (!zoomed) {
        curves.showSteps(hi);
      } else {
        curves.fitStepTicks();
      }
      for (int t = 0; t < k; t++) {
        SmoothedSeries s = series(feed, t);
        float[] mainValues = smooth ? s.smoothed() : s.raw();
        var mainIndex = smooth ? s.smoothedIndex() : s.rawIndex();
        curves.main().set(t, cut(mainCuts[t], zoomed, mainValues, s.size(), mainIndex, lo, hi, columns));
        if (smooth) {
          curves.faint().set(t, cut(faintCuts[t], zoomed, s.raw(), s.size(), s.rawIndex(), lo, hi, columns));
        } else {
          curves.faint().clear(t);
        }
        if (kind == Kind.LOSS) {
          validation(evaluations, t);
          curves.epochs().set(t, points);
          baseline(t, smooth, feed.smoothing(), lo, hi, columns);
        }
      }
      curves.baselines().changed();
      curves.main().changed();
      curves.faint().changed();
      curves.epochs().changed();
    } finally {
      curves.chart().setNotify(true);
    }
    drawnRange = curves.plot().getDomainAxis().getRange();
  }

  /** Task {@code t}'s series of the quantity this chart draws. */
  private SmoothedSeries series(DashboardFeed feed, int t) {
    return switch (kind) {
      case LOSS -> feed.loss(t);
      case GRADIENT -> feed.gradient(t);
      case WEIGHT -> feed.weight(t);
    };
  }

  /**
   * The crosshair at {@code x} (the viewer's coordinates) and, in the legend, the step there and
   * each task's value as the solid curve draws it; nothing outside the plot area or the run's
   * steps. Reads the feed's arrays; changes the labels only when the step changes.
   */
  private void readout(double x, double y) {
    var info = viewer.getCanvas().getRenderingInfo();
    int n = feed == null ? 0 : feed.size();
    java.awt.geom.Rectangle2D area = info == null ? null : info.getPlotInfo().getDataArea();
    if (n == 0 || area == null || !area.contains(x, y)) {
      hideReadout();
      return;
    }
    var plot = curves.plot();
    int i = (int) Math.round(plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge()));
    if (i < 0 || i >= n) {
      hideReadout();
      return;
    }
    crosshair.setStartX(x);
    crosshair.setEndX(x);
    crosshair.setStartY(area.getMinY());
    crosshair.setEndY(area.getMaxY());
    crosshair.setVisible(true);
    if (i == readoutIndex) {
      readoutBox.follow(x, area.getMinX(), area.getMaxX());
      return;
    }
    readoutIndex = i;
    boolean smooth = kind != Kind.WEIGHT && feed.smoothing() > 0;
    for (int t = 0; t < readout.length && t < feed.tasks().size(); t++) {
      SmoothedSeries s = series(feed, t);
      readout[t] = i < s.size() ? (smooth ? s.smoothed() : s.raw())[i] : Float.NaN;
    }
    readoutBox.show(i, readout, x, area.getMinY(), area.getMinX(), area.getMaxX());
  }

  private void hideReadout() {
    readoutIndex = -1;
    crosshair.setVisible(false);
    readoutBox.hide();
  }

  /** The legend's task names. */
  String legendText() {
    return legend.text();
  }

  /** What the crosshair's box reads ("step 1,200 · y1 0.52 · y2 3.1"), empty while the mouse is off the chart. */
  String readoutText() {
    return readoutBox.text();
  }

  /** Task {@code t}'s baseline over the same steps, smoothed as the task's own curve is. */
  private void baseline(int t, boolean smooth, double smoothing, double lo, double hi, int columns) {
    SmoothedSeries b = t < baselines.length ? baselines[t] : null;
    if (b == null) {
      curves.baselines().clear(t);
      return;
    }
    if (smooth) {
      b.setWeight(smoothing);
    }
    int n = b.size();
    MinMaxDecimator.decimate(smooth ? b.smoothed() : b.raw(), n, smooth ? b.smoothedIndex() : b.rawIndex(),
        lo, hi, columns, points);
    curves.baselines().set(t, points);
  }

  /** Decimates one series: kept columns reused over the run's range, all again when zoomed. */
  private Points cut(GrowingDecimation kept, boolean zoomed, float[] y, int n, MinMaxIndex index, double lo, double hi,
      int columns) {
    if (zoomed) {
      MinMaxDecimator.decimate(y, n, index, lo, hi, columns, points);
      return points;
    }
    return kept.decimate(y, n, index, lo, hi, columns);
  }

  private static GrowingDecimation[] fresh(int k) {
    GrowingDecimation[] g = new GrowingDecimation[k];
    for (int i = 0; i < k; i++) {
      g[i] = new GrowingDecimation();
    }
    return g;
  }

  /** The validation loss of task {@code t} after each epoch, at the step it was taken. */
  private void validation(List<EpochRecord> evaluations, int t) {
    points.clear();
    for (EpochRecord e : evaluations) {
      if (e.split().equals("validation") && t < e.tasks().size()) {
        points.add(e.step(), e.tasks().get(t).loss());
      }
    }
  }
}

package org.mtlworkbench.ui.dashboard;

import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.ui.run.BaselineCurve;
import org.mtlworkbench.ui.run.RunSession;

/**
 * The live dashboard: per-task loss (smoothed, raw faint behind, validation dashed), gradient
 * norm on the shared parameters with the imbalance ratio, the conflict matrix, task weights, the
 * per-task table and the findings.
 *
 * <p>It never listens to the run: {@link #onFrame(long)}, called by the window's one timer at
 * most ~30 times a second, pulls what the metrics log gained and redraws each chart at most once
 * (new steps: at most {@value #CURVES_INTERVAL_NANOS} ns apart).
 */
public final class DashboardView extends VBox {
  /** Height of the tasks and findings tabs below the charts; taller while the findings are shown. */
  private static final double TABS_HEIGHT = 150;
  private static final double FINDINGS_HEIGHT = 300;
  /** Default debiased-EMA weight of the loss and gradient curves. */
  public static final double DEFAULT_SMOOTHING = 0.6;
  /**
   * While steps stream in, the curves are redrawn at most this often: 4 times a second still
   * looks live, and each redraw of the four charts costs the renderer tens of milliseconds that a
   * run on a two-core machine shares (measured: 10 a second cost the trainer ~8% more steps/s
   * than 4, see PERFORMANCE.md). A change the user makes (smoothing, scale, layer, zoom) is drawn
   * at the next frame.
   */
  static final long CURVES_INTERVAL_NANOS = 250_000_000L;
  /**
   * The conflict matrix, the imbalance ratio and the task table summarise hundreds of steps and
   * change slowly: they are brought up to date at most this often.
   */
  static final long STATS_INTERVAL_NANOS = 500_000_000L;
  /** Findings are looked for at most this often (a run's monitor computes them; a recorded run's, the detector once). */
  static final long FINDINGS_INTERVAL_NANOS = 1_000_000_000L;

  private final ObservableValue<MetricsLog> runLog;
  private final ObservableValue<ExperimentSpec> runSpec;
  private final ToIntFunction<String> colourOf;
  private final DashboardFeed feed = new DashboardFeed(DEFAULT_SMOOTHING);
  private final FindingsDetector detector = new FindingsDetector();
  private final CurvesPanel loss;
  private final CurvesPanel gradient;
  private final CurvesPanel weights;
  private final ConflictPanel conflict;
  private final TaskTable table = new TaskTable();
  private final FindingsView findings = new FindingsView();
  private final ComboBox<String> layers = new ComboBox<>();
  private final Label imbalance = new Label();
  private final CheckBox weighted = new CheckBox("× |w|");
  static final String NO_RUN = "No run yet: press Run and the curves appear here as the model learns.";
  static final String NO_RUN_OF_THIS_EXPERIMENT =
      "No run of this experiment yet: press Run and the curves appear here as the model learns.";
  private final Label runLabel = new Label(NO_RUN);
  /** The run of an experiment no longer on screen: not shown, though the session still holds it. */
  private MetricsLog setAside;
  private final Tab findingsTab;
  private int[] colours = new int[0];
  private List<BaselineCurve> baselines = List.of();
  private int evaluationsShown;
  private long lastFindings;
  private long lastStats;
  private long lastCurves;
  private boolean curvesDue;
  private boolean statsDue;
  private boolean dirty;

  /** The dashboard of the window's run session. */
  public DashboardView(RunSession session, ToIntFunction<String> colourOf, ChartTheme theme) {
    this(session.logProperty(), session.specProperty(), session.messageProperty(), colourOf, theme);
  }

  /**
   * @param log the metrics of the run to show (it may change to another run's, or to none)
   * @param spec that run's experiment (for the task table's metrics)
   * @param message one sentence on what the run is doing
   * @param colourOf a task name's colour index (as on its card and head)
   */
  public DashboardView(ObservableValue<MetricsLog> log, ObservableValue<ExperimentSpec> spec,
      ObservableValue<String> message, ToIntFunction<String> colourOf, ChartTheme theme) {
    this.runLog = log;
    this.runSpec = spec;
    this.colourOf = colourOf;
    setId("dashboardPane");
    getStyleClass().addAll("workbench-area", "dashboard");

    Slider smoothing = new Slider(0, 0.99, DEFAULT_SMOOTHING);
    smoothing.setId("smoothingSlider");
    smoothing.setPrefWidth(110);
    smoothing.setTooltip(new Tooltip("Debiased exponential moving average of the loss and gradient curves (0 = raw)"));
    Label smoothingValue = new Label(format(DEFAULT_SMOOTHING));
    smoothingValue.setMinWidth(Region.USE_PREF_SIZE);
    smoothing.valueProperty().addListener((obs, old, now) -> {
      double w = Math.round(now.doubleValue() * 100) / 100.0;
      smoothingValue.setText(format(w));
      feed.setSmoothing(w);
      dirty = true;
    });
    CheckBox logScale = new CheckBox("log");
    logScale.setId("lossLogScale");
    logScale.setTooltip(new Tooltip("Logarithmic loss axis"));

    Label title = new Label("Dashboard");
    title.getStyleClass().add("area-title-text");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label smoothingLabel = new Label("Smoothing");
    smoothingLabel.getStyleClass().add("muted-label");
    HBox header = new HBox(8, title, grow, smoothingLabel, smoothing, smoothingValue);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("area-header");
    runLabel.setId("dashboardRun");
    message.addListener((obs, old, now) -> runLabel.setText(now == null || now.isEmpty() ? runLabel.getText() : now));
    runLabel.getStyleClass().add("chart-note");
    runLabel.setWrapText(true);

    loss = new CurvesPanel("lossPanel", "Loss", CurvesPanel.Kind.LOSS, theme, logScale);
    loss.setLogScale(true);
    logScale.setSelected(true);
    Label legend = new Label("train: solid (raw faint) · validation: ○ dashed");
    legend.getStyleClass().add("chart-note");
    loss.getChildren().add(legend);
    logScale.selectedProperty().addListener((obs, old, now) -> {
      loss.setLogScale(now);
      dirty = true;
    });
    layers.setId("layerChoice");
    layers.setTooltip(new Tooltip("The whole shared part, or one shared layer"));
    layers.valueProperty().addListener((obs, old, now) -> {
      int i = layers.getItems().indexOf(now);
      feed.selectLayer(i <= 0 ? DashboardFeed.WHOLE : i - 1);
      dirty = true;
    });
    layers.setPrefWidth(115); // beside the short title, "all layers" and a layer name show whole in the default window
    layers.setMinWidth(60); // a narrower dashboard cuts the name rather than pushing past the window
    weighted.setMinWidth(Region.USE_PREF_SIZE);
    weighted.setId("gradientWeighted");
    weighted.setTooltip(new Tooltip("Draw |w_k|·‖g_k‖, each task's gradient times the weight the strategy gave it "
        + "(its term's size in the update), instead of the raw ‖g_k‖; the imbalance below follows"));
    gradient = new CurvesPanel("gradientPanel", gradientTitle(false), CurvesPanel.Kind.GRADIENT,
        theme, weighted, layers);
    gradient.setLogScale(true);
    weighted.selectedProperty().addListener((obs, old, now) -> {
      feed.setWeighted(now);
      gradient.setTitle(gradientTitle(now));
      statsDue = true;
      dirty = true;
    });
    imbalance.setId("imbalanceLabel");
    imbalance.getStyleClass().add("chart-note");
    imbalance.setWrapText(true);
    imbalance.setMinHeight(Region.USE_PREF_SIZE); // a second line takes room from the chart instead of ending in "…"
    gradient.getChildren().add(imbalance);
    weights = new CurvesPanel("weightsPanel", "Task weights", CurvesPanel.Kind.WEIGHT, theme);
    weights.curves().setIncludeZero(true);
    conflict = new ConflictPanel(theme);

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.add(loss, 0, 0);
    grid.add(gradient, 1, 0);
    grid.add(conflict, 0, 1);
    grid.add(weights, 1, 1);
    for (int c = 0; c < 2; c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(50);
      grid.getColumnConstraints().add(cc);
      RowConstraints rc = new RowConstraints();
      rc.setPercentHeight(50);
      rc.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(rc);
    }
    VBox.setVgrow(grid, Priority.ALWAYS);

    findingsTab = new Tab("Findings", findings);
    TabPane tabs = new TabPane(new Tab("Tasks", table), findingsTab);
    tabs.setId("dashboardTabs");
    findings.setOnOpen(() -> tabs.getSelectionModel().select(findingsTab));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setPrefHeight(TABS_HEIGHT);
    tabs.setMinHeight(110);
    // the findings' sentences run to several lines and their evidence is a table: give them room
    // (the charts above shrink) while that tab is shown
    findingsTab.selectedProperty().addListener((o, was, now) -> tabs.setPrefHeight(now ? FINDINGS_HEIGHT : TABS_HEIGHT));

    VBox body = new VBox(8, runLabel, grid, tabs);
    body.getStyleClass().add("dashboard-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(header, body);
    follow(null);
  }

  /** Called by the window's timer: pulls what is new and redraws what changed, once. */
  public void onFrame(long now) {
    MetricsLog log = runLog.getValue();
    if (log == setAside) {
      log = null;
    } else {
      setAside = null; // a run of the experiment on screen
    }
    if (log != feed.log()) {
      follow(log);
    }
    if (now - lastCurves >= CURVES_INTERVAL_NANOS && feed.pull()) {
      curvesDue = true;
      statsDue = true;
    }
    if (curvesDue && now - lastCurves >= CURVES_INTERVAL_NANOS
        || dirty || loss.zoomMoved() || gradient.zoomMoved() || weights.zoomMoved()) {
      redrawCurves(dirty);
      lastCurves = now;
      curvesDue = false;
      dirty = false;
    }
    if (statsDue && log != null && now - lastStats >= STATS_INTERVAL_NANOS) {
      statsDue = false;
      lastStats = now;
      GradientSummary gradients = FindingsDetector.summary(log);
      conflict.redraw(gradients);
      imbalance.setText(imbalanceCaption(log, gradients));
      if (log.evaluations().size() != evaluationsShown) {
        List<EpochRecord> evaluations = log.evaluations();
        evaluationsShown = evaluations.size();
        table.show(runSpec.getValue(), evaluations, baselines);
      }
    }
    if (log != null && now - lastFindings >= FINDINGS_INTERVAL_NANOS) {
      // also after the last step: the run's final findings are published when it ends
      lastFindings = now;
      findings.announce(detector.check(log), now);
      if (findings.show(detector.current())) {
        findingsTab.setText("Findings (" + findings.claims() + ")");
      }
    }
    findings.tick(now, this);
  }

  /**
   * Offers "Export chart…" (PNG, SVG, PDF) on every chart; {@code report} hears "Saved …" or why
   * a file could not be written.
   */
  public void offerExports(java.util.function.Consumer<String> report) {
    loss.offerExport(report);
    gradient.offerExport(report);
    weights.offerExport(report);
    conflict.offerExport(report);
  }

  /**
   * The single-task baselines of the shown run as they become ready: each task's baseline loss
   * dotted beside its own, and baseline, Δ and verdict in the task table.
   */
  public void showBaselines(List<BaselineCurve> curves) {
    baselines = curves == null ? List.of() : curves;
    loss.setBaselines(feed.tasks(), baselines, feed.smoothing());
    if (feed.log() != null) {
      table.show(runSpec.getValue(), feed.log().evaluations(), baselines);
    }
    dirty = true;
  }

  /** @param rewritten whether series were rewritten (smoothing, layer, theme) rather than grown */
  private void redrawCurves(boolean rewritten) {
    List<EpochRecord> evaluations = feed.log() == null ? List.of() : feed.log().evaluations();
    loss.redraw(feed, evaluations, rewritten);
    gradient.redraw(feed, evaluations, rewritten);
    weights.redraw(feed, evaluations, rewritten);
  }

  private void follow(MetricsLog log) {
    feed.follow(log);
    List<String> tasks = feed.tasks();
    colours = tasks.stream().mapToInt(colourOf).toArray();
    for (CurvesPanel p : List.of(loss, gradient, weights)) {
      p.forgetZoom();
    }
    loss.setTasks(tasks, colours);
    baselines = List.of();
    loss.setBaselines(tasks, baselines, feed.smoothing());
    gradient.setTasks(tasks, colours);
    weights.setTasks(tasks, colours);
    conflict.setTasks(tasks);
    layers.getItems().setAll("all layers");
    if (log != null) {
      layers.getItems().addAll(log.layerNames());
    }
    layers.getSelectionModel().selectFirst();
    detector.reset();
    findings.clear();
    findingsTab.setText("Findings");
    table.getItems().clear();
    evaluationsShown = 0;
    imbalance.setText("");
    statsDue = true;
    dirty = true;
  }

  /**
   * Another experiment is on screen: the last run (of the experiment before) is set aside and the
   * dashboard is empty, saying so, until this experiment's first run.
   */
  public void showNoRunOfThisExperiment() {
    MetricsLog shown = runLog.getValue();
    if (shown == null) {
      return;
    }
    setAside = shown;
    follow(null);
    runLabel.setText(NO_RUN_OF_THIS_EXPERIMENT);
  }

  /** Redraws with the colours of another theme. */
  public void applyTheme(ChartTheme theme, boolean dark) {
    List<String> tasks = feed.tasks();
    loss.applyTheme(theme, tasks, colours);
    gradient.applyTheme(theme, tasks, colours);
    weights.applyTheme(theme, tasks, colours);
    conflict.applyTheme(theme, tasks);
    findings.setDark(dark);
    dirty = true;
    if (feed.log() != null) {
      conflict.redraw(FindingsDetector.summary(feed.log()));
    }
  }

  /** The gradient chart's title: which norm it draws. */
  static String gradientTitle(boolean weightedNorms) {
    // short enough that the layer choice beside it keeps its whole name in the narrowest dashboard;
    // the formula is in the check box's tooltip and in the imbalance note below the chart
    return weightedNorms ? "Weighted norm" : "Gradient norm";
  }

  /**
   * The imbalance of the norms the chart draws, as the diagnostics define it ({@link
   * org.mtlworkbench.diagnostics.GradientStatistics#imbalance}): the summary's weighted one, or
   * the raw one of the same window, and which it is.
   */
  private String imbalanceCaption(MetricsLog log, GradientSummary gradients) {
    if (feed.weighted()) {
      return gradients.imbalanceCaption() + " · weighted |w_k|·‖g_k‖";
    }
    return FindingsDetector.withRawImbalance(log, gradients).imbalanceCaption() + " · raw ‖g_k‖";
  }

  private static String format(double w) {
    return Numbers.fixed(w, 2);
  }
}

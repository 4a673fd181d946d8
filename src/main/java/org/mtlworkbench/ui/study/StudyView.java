package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.SafeNames;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.StudyProgress;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyWording;

/**
 * A study in the window: its choices ({@link StudySetupPane}), Start with the one-line reason when
 * it cannot, Pause, Cancel and Resume, the progress (runs done of all, time left, the run in
 * progress), and the results as they come — each task's answer in words ({@link StudyWording}),
 * the table ({@link StudyTable}), the trade-off ({@link StudyParetoPane}) — with the exports
 * ({@link StudyExport}). The study is of the experiment handed in ({@link #setExperiment}) or of a
 * study file opened here; it runs in a {@link StudySession}.
 */
public final class StudyView extends BorderPane {
  /** What the view asks of the window around it: files and the runs of a strategy. */
  public interface Hooks {
    /** A study file (or a study directory's study.json) to open, or null. */
    Path chooseStudy();

    /** Where to save the study file, given a suggested name; null to cancel. */
    Path chooseSaveAs(String suggested);

    /** Where to export, given a suggested name and the extension; null to cancel. */
    BiFunction<String, String, Path> exportWhere();

    /** Opens the runs under {@code folder} (a strategy's seed runs) to compare them. */
    void openRuns(String title, Path folder);

    /** Where to export the study for a cluster and with which Spark master; null to cancel. */
    ClusterExportAction.Target chooseCluster(String suggested);
  }

  /** How a saved study file's name ends. */
  static final String STUDY_FILE_SUFFIX = ".study.json";

  private final StudySession session;
  private final StudyChoices choices = new StudyChoices();
  private final Hooks hooks;
  private final Executor background;
  private final ObjectProperty<ExperimentSpec> experiment = new SimpleObjectProperty<>();
  private Path baseDir;
  private final Label experimentLabel = new Label();
  private final Label reason = new Label();
  private final Button start = new Button("Start");
  private final Label progressText = new Label();
  private final ProgressBar bar = new ProgressBar(0);
  private final Label message = new Label();
  private final VBox answers = new VBox(2);
  private final StudyTable table;
  private final StudyParetoPane pareto;
  private final StudyAffinityPane affinity;
  private final StudyCurvesPane curves;
  private final ChartTheme theme;
  private RunWatchWindow watchWindow;

  public StudyView(StudySession session, ChartTheme theme, Executor background, Hooks hooks) {
    this.session = session;
    this.hooks = hooks;
    this.background = background;
    setId("studyView");
    getStyleClass().add("workbench-area");
    table = new StudyTable(row -> openRuns(row));
    pareto = new StudyParetoPane(theme);
    affinity = new StudyAffinityPane(theme);
    affinity.onTest(this::testGrouping, session.stateProperty().map(StudyState::active));
    this.theme = theme;
    curves = new StudyCurvesPane(theme, background, session::say);

    experimentLabel.setId("studyExperiment");
    experimentLabel.getStyleClass().add("area-title-text");
    Button open = new Button("Open study…");
    open.setId("studyOpen");
    open.setTooltip(new Tooltip("A study file, or a study folder's study.json (a study left incomplete can be resumed)"));
    open.setOnAction(e -> {
      Path f = hooks.chooseStudy();
      if (f != null) {
        open(f);
      }
    });
    Button save = new Button("Save study…");
    save.setId("studySave");
    save.setOnAction(e -> saveAs());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button cluster = new Button("Export for cluster…");
    cluster.setId("studyExportCluster");
    cluster.setTooltip(new Tooltip("The study, its data and the spark-submit command in one folder, to run on an Apache Spark cluster"));
    cluster.setOnAction(e -> exportForCluster());
    HBox header = new HBox(8, experimentLabel, grow, open, save, cluster);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("area-header");

    StudySetupPane setup = new StudySetupPane(choices);
    TitledPane setupPane = new TitledPane("Study", setup);
    setupPane.setId("studySetupPane");
    setupPane.setCollapsible(false);

    start.setId("studyStart");
    start.setDefaultButton(true);
    start.setOnAction(e -> start());
    Button resume = new Button("Resume");
    resume.setId("studyResume");
    resume.setTooltip(new Tooltip("Run the runs of this study not complete yet; complete runs are skipped"));
    resume.setOnAction(e -> session.resume());
    resume.visibleProperty().bind(session.resumableProperty());
    resume.managedProperty().bind(resume.visibleProperty());
    Button pause = new Button("Pause");
    pause.setId("studyPause");
    pause.setOnAction(e -> session.togglePause());
    Button cancel = new Button("Cancel");
    cancel.setId("studyCancel");
    cancel.setTooltip(new Tooltip("Stop the run in progress and end the study; complete runs are kept and Resume runs the rest"));
    cancel.setOnAction(e -> session.cancel());
    reason.setId("studyReason");
    reason.getStyleClass().add("error-text");
    HBox controls = new HBox(8, start, resume, pause, cancel, reason);
    controls.setAlignment(Pos.CENTER_LEFT);

    bar.setId("studyProgressBar");
    bar.setPrefWidth(260);
    progressText.setId("studyProgress");
    message.setId("studyMessage");
    message.setWrapText(true);
    HBox progress = new HBox(8, bar, progressText);
    progress.setAlignment(Pos.CENTER_LEFT);
    Hyperlink watchRun = new Hyperlink("Watch run");
    watchRun.setId("studyWatchRun");
    watchRun.setTooltip(new Tooltip("The run in progress, live: each task's loss, gradient norms, conflict and weights,"
        + " as the main window's dashboard shows a run; it follows the study to the next run"));
    watchRun.setOnAction(e -> watchRun());
    watchRun.visibleProperty().bind(session.stateProperty().map(StudyState::active));
    watchRun.managedProperty().bind(watchRun.visibleProperty());
    progress.getChildren().add(watchRun);

    VBox top = new VBox(8, header, setupPane, controls, progress, message);
    top.setPadding(new Insets(0, 8, 8, 8));
    setTop(top);

    answers.setId("studyAnswers");
    VBox results = new VBox(6, answers, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    results.setPadding(new Insets(8));
    Tab tableTab = new Tab("Results", results);
    Tab paretoTab = new Tab("Trade-off", pareto);
    Tab affinityTab = new Tab("Task affinity", affinity);
    TabPane tabs = new TabPane(tableTab, paretoTab, affinityTab);
    tabs.setId("studyTabs");
    tabs.getTabs().add(new Tab("Curves", curves));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    setCenter(tabs);
    StudyExport export = new StudyExport(session, hooks.exportWhere(), background);
    export.setPadding(new Insets(6, 8, 6, 8));
    setBottom(export);

    session.stateProperty().addListener((obs, old, now) -> {
      setup.lock(now.active());
      pause.setText(now == StudyState.PAUSED ? "Resume run" : "Pause");
      updateStart();
    });
    pause.disableProperty().bind(session.stateProperty().isNotEqualTo(StudyState.RUNNING)
        .and(session.stateProperty().isNotEqualTo(StudyState.PAUSED)));
    cancel.disableProperty().bind(session.stateProperty().isEqualTo(StudyState.IDLE)
        .or(session.stateProperty().isEqualTo(StudyState.ENDED)).or(session.stateProperty().isEqualTo(StudyState.CANCELLING)));
    session.progressProperty().addListener((obs, old, now) -> showProgress());
    session.currentProperty().addListener((obs, old, now) -> showProgress());
    session.resultsProperty().addListener((obs, old, now) -> showResults(now));
    message.textProperty().bind(session.messageProperty());
    choices.strategies().addListener((ListChangeListener<String>) c -> updateStart());
    choices.sharings().addListener((ListChangeListener<Object>) c -> updateStart());
    choices.seedsProperty().addListener((obs, old, now) -> updateStart());
    choices.baselinesProperty().addListener((obs, old, now) -> updateStart());
    choices.affinityProperty().addListener((obs, old, now) -> updateStart());
    choices.groupsProperty().addListener((obs, old, now) -> updateStart());
    experiment.addListener((obs, old, now) -> updateStart());
    updateStart();
    showProgress();
  }

  /** Shows the run in progress live in a window of its own ({@link RunWatchWindow}), created on first use. */
  private void watchRun() {
    if (watchWindow == null) {
      watchWindow = new RunWatchWindow(getScene().getWindow(), getScene().getStylesheets(), theme, session.watch(), () -> {
        Study s = session.studyProperty().get();
        return s == null ? java.util.List.of() : s.experiment().tasks().stream().map(t -> t.name()).toList();
      });
    }
    watchWindow.show();
  }

  /** The window watching the run in progress, once opened (tests). */
  RunWatchWindow watchWindow() {
    return watchWindow;
  }

  /** The choices (for the window's tests). */
  StudyChoices choices() {
    return choices;
  }

  public StudySession session() {
    return session;
  }

  /**
   * The experiment the study runs with each strategy (the main window's, when the study window
   * opens): its sharing scheme is ticked, and its strategy when none is chosen yet.
   *
   * @param folder its file's folder (a relative CSV path is relative to it); null for none
   */
  public void setExperiment(ExperimentSpec e, Path folder) {
    this.baseDir = folder;
    experiment.set(e);
    if (e == null) {
      experimentLabel.setText("No experiment");
      return;
    }
    experimentLabel.setText("Study of “" + e.name() + "”: " + e.tasks().size() + " tasks, " + e.training().epochs()
        + (e.training().epochs() == 1 ? " epoch" : " epochs") + ", " + e.model().sharingMode().id() + " sharing");
    if (choices.sharings().isEmpty()) {
      choices.choose(e.model().sharingMode(), true);
    }
    if (choices.strategies().isEmpty() && e.strategy() != null && e.strategy().name() != null) {
      choices.choose(e.strategy().name(), true);
    }
  }

  private void updateStart() {
    Optional<String> problem = choices.problem(experiment.get(), baseDir);
    reason.setText(problem.orElse(""));
    start.setDisable(problem.isPresent() || session.stateProperty().get().active());
  }

  private void start() {
    try {
      session.start(choices.study(experiment.get(), baseDir));
    } catch (InputException e) {
      reason.setText(e.getMessage());
    }
  }

  /**
   * "Test this grouping": the study shown, with baselines and this grouping, started at once in a
   * new folder; its choices go on screen so that Save writes what runs.
   */
  private void testGrouping(java.util.List<java.util.List<String>> groups) {
    Study shown = session.studyProperty().get();
    if (shown == null || session.busy()) {
      return;
    }
    try {
      Study next = shown.testing(groups);
      show(next, baseDir);
      session.start(next);
    } catch (InputException e) {
      reason.setText(e.getMessage());
    }
  }

  private void showProgress() {
    StudyProgress p = session.progressProperty().get();
    if (p == null) {
      bar.setProgress(0);
      progressText.setText(session.stateProperty().get() == StudyState.PREPARING ? "Reading the data…" : "");
      return;
    }
    bar.setProgress(p.total() == 0 ? 0 : (double) p.done() / p.total());
    StringBuilder b = new StringBuilder().append(p.done()).append(" of ").append(p.total()).append(" runs complete");
    if (p.failed() > 0) {
      b.append(", ").append(p.failed()).append(" failed");
    }
    if (session.stateProperty().get().active() && Double.isFinite(p.etaSeconds()) && p.remaining() > 0) {
      b.append(" · about ").append(Numbers.duration(p.etaSeconds())).append(" left");
    }
    if (!session.currentProperty().get().isEmpty()) {
      b.append(" · now ").append(session.currentProperty().get());
    }
    progressText.setText(b.toString());
  }

  private void showResults(StudyResults r) {
    table.show(r);
    pareto.show(r);
    Study s = session.studyProperty().get();
    affinity.show(r, s != null && s.affinity());
    curves.show(r, session.dirProperty().get());
    answers.getChildren().clear();
    if (r == null) {
      return;
    }
    java.util.List<String> lines = new java.util.ArrayList<>(r.answers().stream().map(StudyWording::answer).toList());
    r.groupedAnswers().forEach(a -> lines.add(StudyWording.grouped(a)));
    for (String line : lines) {
      Label l = new Label(line);
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of ending in "…"
      l.getStyleClass().add("study-answer");
      answers.getChildren().add(l);
    }
    if (session.progressProperty().get() == null) {
      bar.setProgress(r.planned() == 0 ? 0 : (double) r.complete() / r.planned());
      progressText.setText(r.complete() + " of " + r.planned() + " runs complete");
    }
  }

  private void openRuns(StudyRow row) {
    Path dir = session.dirProperty().get();
    if (dir != null) {
      hooks.openRuns(row.strategy(), dir.resolve(row.group().folder()));
    }
  }

  /**
   * Opens a study file: its experiment and choices replace those on screen. A study directory's
   * own study.json shows that study's results instead, with Resume when runs are left.
   */
  public void open(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && file.getFileName().toString().equals(StudyDirectory.STUDY) && StudyDirectory.isStudy(folder)
        && java.nio.file.Files.isRegularFile(folder.resolve(StudyDirectory.PROGRESS))) {
      session.open(folder, st -> show(st, folder));
      return;
    }
    Task<Study> read = new Task<>() {
      @Override
      protected Study call() {
        return StudyFiles.load(file);
      }
    };
    read.setOnSucceeded(e -> show(read.getValue(), folder));
    read.setOnFailed(e -> reason.setText(read.getException() instanceof InputException ie ? ie.getMessage()
        : "Cannot open " + file.getFileName() + ": " + read.getException()));
    background.execute(read);
  }

  /** Shows a study's choices, with its experiment starting at the study's first seed. */
  private void show(Study s, Path folder) {
    choices.load(s);
    setExperiment(s.experiment().withTraining(s.experiment().training().withSeed(s.seeds().get(0))), folder);
  }

  private void exportForCluster() {
    Optional<String> problem = choices.problem(experiment.get(), baseDir);
    if (problem.isPresent()) {
      reason.setText(problem.get());
      return;
    }
    Study s = choices.study(experiment.get(), baseDir);
    ClusterExportAction.Target target = hooks.chooseCluster(SafeNames.fileName(s.name()) + "-cluster");
    if (target != null) {
      ClusterExportAction.export(s, target, ClusterExportAction.buildClusterFolder(), background, session::say);
    }
  }

  private void saveAs() {
    Optional<String> problem = choices.problem(experiment.get(), baseDir);
    if (problem.isPresent()) {
      reason.setText(problem.get());
      return;
    }
    Study s = choices.study(experiment.get(), baseDir);
    Path file = hooks.chooseSaveAs(SafeNames.fileName(s.name()) + STUDY_FILE_SUFFIX);
    if (file == null) {
      return;
    }
    try {
      StudyFiles.write(s.toSpec(), file);
      session.say("Saved the study as " + file.getFileName() + ".");
    } catch (RuntimeException e) {
      session.say("Not saved: " + e.getMessage());
    }
  }
}

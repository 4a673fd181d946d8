package org.mtlworkbench.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.ui.dashboard.DashboardView;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.help.GlossaryWindow;
import org.mtlworkbench.ui.run.RunSession;
import org.mtlworkbench.ui.runs.CompareWindow;
import org.mtlworkbench.ui.runs.RunsWindow;
import org.mtlworkbench.ui.study.StudyWindow;

/**
 * The desktop application: one main window laid out by {@link WorkbenchView}.
 *
 * <p>The window appears at once with the last experiment (or the first sample) open; the numerics
 * engine starts behind it (see {@link EngineStartup}). Window placement, theme and the last
 * experiment are remembered between launches through {@link WorkbenchPreferences}. Every run is
 * recorded in the workspace; View → Runs lists, opens, compares and deletes them. Launch it with
 * {@link WorkbenchLauncher}, not as a main class.
 */
public final class WorkbenchApp extends Application {
  static final String TITLE = "MTL Workbench";
  static final double MIN_WIDTH = 900;
  static final double MIN_HEIGHT = 560;

  private final WorkbenchPreferences preferences;
  private final Callable<String> engineStart;
  private final ExecutorService background = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "workbench-background");
    t.setDaemon(true);
    return t;
  });
  private final FramePoller poller = new FramePoller();
  private RunSession session;
  private WorkbenchController controller;
  private DashboardView dashboard;
  private final Workspace workspace;
  private RunsWindow runs;
  private StudyWindow studies;
  private final GlossaryWindow glossary = new GlossaryWindow();
  private Runnable uninstallErrors = () -> { };

  /** Used by {@link Application#launch}: the user's settings and the real engine. */
  public WorkbenchApp() {
    this(WorkbenchPreferences.forUser(), NumericsEngine::start);
  }

  /**
   * Runs are recorded in the workspace given on the command line ({@code --workspace DIR}, passed
   * as the system property {@value #WORKSPACE_PROPERTY}), else the one chosen in the settings,
   * else the default one.
   */
  WorkbenchApp(WorkbenchPreferences preferences, Callable<String> engineStart) {
    this(preferences, engineStart, commandLineWorkspace()
        .or(preferences::workspace).map(Workspace::new).orElseGet(Workspace::defaultWorkspace));
  }

  /** The system property through which {@code Main} hands the window a {@code --workspace}. */
  public static final String WORKSPACE_PROPERTY = "mtlworkbench.workspace";

  private static java.util.Optional<java.nio.file.Path> commandLineWorkspace() {
    String dir = System.getProperty(WORKSPACE_PROPERTY);
    return dir == null || dir.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(dir));
  }

  /** @param workspace where every run started in the window is recorded */
  WorkbenchApp(WorkbenchPreferences preferences, Callable<String> engineStart, Workspace workspace) {
    this.preferences = preferences;
    this.engineStart = engineStart;
    this.workspace = workspace;
  }

  @Override
  public void start(Stage stage) {
    uninstallErrors = UncaughtErrors.install(() -> stage);
    Theme theme = preferences.theme();
    StatusBar status = new StatusBar();
    session = new RunSession(background, workspace);
    controller =
        new WorkbenchController(new ExperimentEditor(), session, preferences, status, background);
    controller.attach(stage, UnsavedChanges.dialog(stage));
    WorkbenchMenuBar menuBar = new WorkbenchMenuBar(theme, chosen -> applyTheme(stage.getScene(), chosen), () -> {
      if (controller.confirmLeaving()) {
        stage.close();
      }
    });
    Runnable importCsv = () -> CsvImport.show(stage, controller);
    menuBar.addCommands(new WorkbenchMenuBar.Commands() {
      @Override
      public void newExperiment() {
        controller.newExperiment();
      }

      @Override
      public void open() {
        controller.openWithChooser(stage);
      }

      @Override
      public void importCsv() {
        importCsv.run();
      }

      @Override
      public void save() {
        controller.save(stage);
      }

      @Override
      public void saveAs() {
        controller.saveAs(stage);
      }

      @Override
      public void showRuns() {
        WorkbenchApp.this.showRuns(stage);
      }

      @Override
      public void chooseWorkspace() {
        controller.chooseWorkspace(stage, workspace.root());
      }

      @Override
      public void showGlossary() {
        glossary.show(stage, List.of(Assets.stylesheets(preferences.theme())));
      }

      @Override
      public void newStudy() {
        WorkbenchApp.this.newStudy(stage, status);
      }

      @Override
      public void openStudy() {
        WorkbenchApp.this.openStudy(stage);
      }
    }, controller);
    studies = new StudyWindow(workspace, background, (title, entries) -> compare(stage, entries));
    runs = new RunsWindow(workspace, background, entries -> compare(stage, entries));
    session.recordedProperty().addListener((obs, old, now) -> runs.runRecorded());
    dashboard = new DashboardView(session, controller::colourOf, chartTheme(theme));
    controller.experimentsShown().addListener((obs, old, now) -> dashboard.showNoRunOfThisExperiment());
    WorkbenchView view = new WorkbenchView(menuBar, controller, status, SampleCatalog.find(), importCsv, dashboard,
        () -> showRuns(stage));
    Scene scene = new Scene(view);
    scene.getStylesheets().setAll(Assets.stylesheets(theme));
    installSpaceForPause(scene, session);

    stage.titleProperty().bind(controller.title().titleProperty());
    stage.getIcons().setAll(Assets.appIcon());
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    stage.setScene(scene);
    stage.setOnCloseRequest(e -> {
      if (!controller.confirmLeaving()) {
        e.consume(); // Cancel: the window stays open with the edits
      }
    });
    WindowPlacementKeeper.restoreAndRemember(stage, preferences);
    stage.show();

    poller.subscribe(now -> session.poll());
    poller.subscribe(now -> {
      if (session.progressProperty().get() != null) {
        status.showRun(session.progressProperty().get());
      }
    });
    dashboard.offerExports(status::showMessage);
    poller.subscribe(now -> controller.baselines().poll());
    controller.baselines().resultsProperty().addListener((obs, old, now) -> dashboard.showBaselines(now));
    poller.subscribe(dashboard::onFrame);
    poller.start();
    controller.openInitial();
    EngineStartup.begin(view.statusBar(), engineStart);
  }

  private void showRuns(Stage owner) {
    Theme theme = preferences.theme();
    runs.show(owner, List.of(Assets.stylesheets(theme)), chartTheme(theme));
  }

  /** Run → New study…: the study window with the experiment on screen (refused in the status bar when it cannot run). */
  private void newStudy(Stage owner, StatusBar status) {
    ExperimentSpec experiment;
    try {
      experiment = controller.editor().toSpec();
    } catch (InputException e) {
      status.showError("A study needs an experiment that can run: " + e.getMessage());
      return;
    }
    Theme theme = preferences.theme();
    studies.show(owner, List.of(Assets.stylesheets(theme)), chartTheme(theme), experiment, controller.editor().baseDir());
  }

  /** File → Open study…. */
  private void openStudy(Stage owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a study");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Study files (*.json)", "*.json"));
    if (java.nio.file.Files.isDirectory(workspace.root())) {
      chooser.setInitialDirectory(workspace.root().toFile());
    }
    var file = chooser.showOpenDialog(owner);
    if (file != null) {
      Theme theme = preferences.theme();
      studies.open(owner, List.of(Assets.stylesheets(theme)), chartTheme(theme), file.toPath());
    }
  }

  /** The Study window (for tests that drive the app). */
  StudyWindow studyWindow() {
    return studies;
  }

  private void compare(Stage owner, List<RunEntry> entries) {
    Theme theme = preferences.theme();
    CompareWindow.show(owner, List.of(Assets.stylesheets(theme)), chartTheme(theme), entries, background);
  }

  /** The Runs window (for tests that drive the app). */
  RunsWindow runsWindow() {
    return runs;
  }

  /** Help → Glossary (for tests that drive the app). */
  GlossaryWindow glossaryWindow() {
    return glossary;
  }

  /** The window's commands and ViewModels (for tests that drive the app). */
  WorkbenchController controller() {
    return controller;
  }

  static ChartTheme chartTheme(Theme theme) {
    return theme == Theme.DARK ? ChartTheme.DARK : ChartTheme.LIGHT;
  }

  /** Space pauses and resumes anywhere but in a text field, where it types a space. */
  private static void installSpaceForPause(Scene scene, RunSession session) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)
          && session.state().isActive()) {
        session.togglePause();
        e.consume();
      }
    });
  }

  @Override
  public void stop() {
    uninstallErrors.run();
    poller.stop();
    if (session != null) {
      session.stop();
    }
    if (studies != null) {
      studies.stop();
    }
    if (controller != null) {
      controller.baselines().shutdown();
    }
    background.shutdownNow();
  }

  private void applyTheme(Scene scene, Theme theme) {
    scene.getStylesheets().setAll(Assets.stylesheets(theme));
    dashboard.applyTheme(chartTheme(theme), theme == Theme.DARK);
    runs.applyTheme(List.of(Assets.stylesheets(theme)), chartTheme(theme), theme == Theme.DARK);
    studies.applyTheme(List.of(Assets.stylesheets(theme)));
    preferences.saveTheme(theme);
    if (glossary.stage() != null) {
      glossary.stage().getScene().getStylesheets().setAll(Assets.stylesheets(theme));
    }
  }
}

package org.mtlworkbench.ui;

import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application: one main window laid out by {@link WorkbenchView}.
 *
 * <p>The window appears at once; the numerics engine starts behind it (see {@link EngineStartup}).
 * Window placement and theme are remembered between launches through {@link
 * WorkbenchPreferences}. Launch it with {@link WorkbenchLauncher}, not as a main class.
 */
public final class WorkbenchApp extends Application {
  static final String TITLE = "MTL Workbench";
  static final double MIN_WIDTH = 900;
  static final double MIN_HEIGHT = 560;

  private final WorkbenchPreferences preferences;
  private final Callable<String> engineStart;

  /** Used by {@link Application#launch}: the user's settings and the real engine. */
  public WorkbenchApp() {
    this(WorkbenchPreferences.forUser(), NumericsEngine::start);
  }

  WorkbenchApp(WorkbenchPreferences preferences, Callable<String> engineStart) {
    this.preferences = preferences;
    this.engineStart = engineStart;
  }

  @Override
  public void start(Stage stage) {
    Theme theme = preferences.theme();
    WorkbenchMenuBar menuBar =
        new WorkbenchMenuBar(theme, chosen -> applyTheme(stage.getScene(), chosen), stage::close);
    WorkbenchView view = new WorkbenchView(menuBar);
    Scene scene = new Scene(view);
    scene.getStylesheets().setAll(Assets.stylesheets(theme));

    stage.setTitle(TITLE);
    stage.getIcons().setAll(Assets.appIcon());
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    stage.setScene(scene);
    WindowPlacementKeeper.restoreAndRemember(stage, preferences);
    stage.show();

    EngineStartup.begin(view.statusBar(), engineStart);
  }

  private void applyTheme(Scene scene, Theme theme) {
    scene.getStylesheets().setAll(Assets.stylesheets(theme));
    preferences.saveTheme(theme);
  }
}

package org.mtlworkbench.ui.study;

import java.io.File;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * A test-scope main for looking at a study's live parts in real windows (run it under Xvfb):
 * opens the Study window on an experiment file with the epochs given, starts a study of the
 * strategies and seeds given (no baselines), clicks "Watch run" once the first run trains and
 * writes the watch window's pixels to {@code OUT-watch.png} a few seconds later, then, once three
 * runs have ended, shows the Curves tab and writes {@code OUT-curves.png}; it quits when the study
 * ends. Each "shot" line it prints is a moment to take the whole screen with {@code import}.
 *
 * <p>Arguments: workspace folder, experiment file, epochs, seeds, comma-separated strategies,
 * output prefix.
 */
public final class StudyLiveScreenshotApp extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(StudyLiveScreenshotApp.class, args);
    }
  }

  @Override
  public void start(Stage owner) {
    String out = arguments[5];
    StudyScreenshotSetup setup = StudyScreenshotSetup.open(owner, arguments);
    StudyWindow window = setup.window();
    ExperimentSpec e = setup.experiment();
    StudyView view = window.view();
    view.choices().baselinesProperty().set(false);
    boolean[] watched = {false};
    boolean[] curves = {false};
    Scene scene = window.stage().getScene();
    view.session().currentProperty().addListener((obs, old, now) -> {
      if (!now.isEmpty() && !watched[0]) {
        watched[0] = true;
        later(1500, () -> {
          ((Hyperlink) scene.lookup("#studyWatchRun")).fire();
          later(5000, () -> shoot(view.watchWindow().stage(), out + "-watch.png"));
        });
      }
    });
    view.session().progressProperty().addListener((obs, old, now) -> {
      if (now != null && now.done() >= 3 && !curves[0]) {
        curves[0] = true;
        Platform.runLater(() -> {
          ((TabPane) scene.lookup("#studyTabs")).getSelectionModel().select(3);
          window.stage().toFront();
          later(2500, () -> shoot(window.stage(), out + "-curves.png"));
        });
      }
    });
    view.session().stateProperty().addListener((obs, old, now) -> {
      if (now == StudyState.ENDED) {
        later(4000, () -> {
          shoot(window.stage(), out + "-after.png");
          Platform.exit();
          System.exit(0);
        });
      }
    });
    ((Button) scene.lookup("#studyStart")).fire();
  }

  /** Runs {@code r} on the window's thread after {@code ms}. */
  private static void later(long ms, Runnable r) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
      Platform.runLater(r);
    });
    t.setDaemon(true);
    t.start();
  }

  private static void shoot(Stage stage, String path) {
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(path));
      System.out.println("shot " + path);
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}

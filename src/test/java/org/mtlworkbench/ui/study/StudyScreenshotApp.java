package org.mtlworkbench.ui.study;

import java.io.File;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * A test-scope main for looking at the real Study window (run it under Xvfb): opens it on an
 * experiment file with the epochs given, ticks the strategies given, starts a study of the seeds
 * given, and writes the window's pixels to {@code OUT-during.png} once the first runs have ended
 * and to {@code OUT-after.png} when the study has ended, then quits.
 *
 * <p>Arguments: workspace folder, experiment file, epochs, seeds, comma-separated strategies,
 * output prefix, and optionally "affinity" to measure task affinity. After the study it also
 * writes the Trade-off and Task affinity tabs ({@code OUT-tab1.png}, {@code OUT-tab2.png}). With
 * a further "group", the first study's affinity tab is written ({@code OUT-affinity.png}), its
 * best 2-group split tested ("Test this grouping"), and the pictures above are of that study.
 */
public final class StudyScreenshotApp extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(StudyScreenshotApp.class, args);
    }
  }

  @Override
  public void start(Stage owner) {
    String out = arguments[5];
    StudyScreenshotSetup setup = StudyScreenshotSetup.open(owner, arguments);
    StudyWindow window = setup.window();
    ExperimentSpec e = setup.experiment();
    StudyView view = window.view();
    view.choices().affinityProperty().set(arguments.length > 6 && arguments[6].equals("affinity"));
    boolean[] during = {false};
    view.session().progressProperty().addListener((obs, old, now) -> {
      if (now != null && now.done() >= 5 && !during[0]) {
        during[0] = true;
        shoot(window.stage(), out + "-during.png");
      }
    });
    boolean group = arguments.length > 7 && arguments[7].equals("group");
    String sharing = e.model().sharingMode().id();
    int[] ended = {0};
    view.session().stateProperty().addListener((obs, old, now) -> {
      if (now == StudyState.ENDED && group && ended[0]++ == 0) {
        // the affinity tab of the finished study, then "Test this grouping" on its best 2-group split
        new Thread(() -> {
          sleep(1500);
          javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) window.stage().getScene().lookup("#studyTabs");
          Platform.runLater(() -> tabs.getSelectionModel().select(2));
          sleep(1000);
          Platform.runLater(() -> shoot(window.stage(), out + "-affinity.png"));
          sleep(300);
          Platform.runLater(() -> {
            ((Button) window.stage().getScene().lookup("#studyTestGrouping-" + sharing + "-2")).fire();
            tabs.getSelectionModel().select(0);
          });
        }).start();
        return;
      }
      if (now == StudyState.ENDED) {
        new Thread(() -> {
          sleep(1500);
          Platform.runLater(() -> shoot(window.stage(), out + "-after.png"));
          javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) window.stage().getScene().lookup("#studyTabs");
          for (int t = 1; t < 3; t++) {
            int tab = t;
            Platform.runLater(() -> tabs.getSelectionModel().select(tab));
            sleep(1000);
            Platform.runLater(() -> shoot(window.stage(), out + "-tab" + tab + ".png"));
            sleep(300);
          }
          Platform.runLater(() -> {
            Platform.exit();
            System.exit(0);
          });
        }).start();
      }
    });
    ((Button) window.stage().getScene().lookup("#studyStart")).fire();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  private static void shoot(Stage stage, String path) {
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(path));
      System.out.println("wrote " + path);
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}

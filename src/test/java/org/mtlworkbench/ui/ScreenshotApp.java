package org.mtlworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.mtlworkbench.model.Sharing;

/**
 * A test-scope main for looking at the real window during a run (run it under Xvfb): opens a
 * sample at 1400 × 900, presses Run once its dataset is read, and after a while writes the
 * window's pixels to a PNG and quits.
 *
 * <p>Arguments: sample folder (default correlated-high), seconds of training before the shot
 * (default 20), output PNG (default target/workbench.png), "soft" to switch to soft sharing,
 * "dark" for the dark theme.
 */
public final class ScreenshotApp extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(ScreenshotApp.class, args);
    }
  }

  @Override
  public void start(Stage stage) throws Exception {
    String sample = arguments.length > 0 ? arguments[0] : "correlated-high";
    double seconds = arguments.length > 1 ? Double.parseDouble(arguments[1]) : 20;
    String out = arguments.length > 2 ? arguments[2] : "target/workbench.png";
    boolean soft = java.util.Arrays.asList(arguments).contains("soft");
    boolean dark = java.util.Arrays.asList(arguments).contains("dark");

    WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
    prefs.savePlacement(new WindowPlacement(0, 0, 1400, 900, false));
    prefs.saveLastExperiment(Path.of("sample-datasets", sample, "experiment.json").toAbsolutePath());
    if (dark) {
      prefs.saveTheme(Theme.DARK);
    }
    WorkbenchApp app = new WorkbenchApp(prefs, NumericsEngine::start);
    app.start(stage);
    WorkbenchController controller = app.controller();
    controller.editor().datasetProperty().addListener((obs, old, now) -> {
      if (now != null) {
        if (soft) {
          controller.editor().setSharing(Sharing.SOFT);
        }
        controller.run();
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> {
          try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(out));
            System.out.println("wrote " + out);
          } catch (java.io.IOException ex) {
            ex.printStackTrace();
          }
          app.stop();
          Platform.exit();
        });
        wait.play();
      }
    });
  }
}

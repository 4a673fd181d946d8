package org.mtlworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A test-scope main for looking at the real import dialog (run it under Xvfb): opens the window,
 * imports a CSV file, and writes the dialog's pixels to a PNG.
 *
 * <p>Arguments: the CSV file, output PNG (default target/import.png).
 */
public final class ImportScreenshotApp extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(ImportScreenshotApp.class, args);
    }
  }

  @Override
  public void start(Stage stage) throws Exception {
    Path csv = Path.of(arguments[0]).toAbsolutePath();
    String out = arguments.length > 1 ? arguments[1] : "target/import.png";
    WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
    prefs.savePlacement(new WindowPlacement(0, 0, 1280, 800, false));
    WorkbenchApp app = new WorkbenchApp(prefs, () -> "stand-in engine");
    app.start(stage);
    CsvImport.open(stage, app.controller(), csv);
    PauseTransition wait = new PauseTransition(Duration.seconds(Double.parseDouble(System.getProperty("shot.after", "8"))));
    wait.setOnFinished(e -> {
      try {
        Window dialog = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElse(stage);
        ImageIO.write(SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null), "png", new File(out));
        System.out.println("wrote " + out);
      } catch (java.io.IOException ex) {
        ex.printStackTrace();
      }
      app.stop();
      Platform.exit();
      System.exit(0);
    });
    wait.play();
  }
}

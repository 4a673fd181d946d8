package org.mtlworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.Selection;

/**
 * A test-scope main for looking at the real window (run it under Xvfb): opens a sample at the
 * given size, sets it up as asked, optionally presses Run, and after a while writes the window's
 * pixels to a PNG and quits (or holds the window open for {@code import -window root}).
 *
 * <p>Arguments, each {@code key=value}: {@code sample} (default correlated-high), {@code
 * experiment} (the file in the sample's folder, default experiment.json), {@code divider} (where
 * the model pane's split between diagram and inspector sits, 0 to 1), {@code seconds}
 * before the shot (default 20), {@code out} (default target/workbench.png), {@code sharing} (hard,
 * soft, cross-stitch, mmoe, mtan, cgc, ple, dselect-k), {@code strategy} (a strategy name), {@code inspect} (strategy or
 * scheme: that inspector section), {@code popup=strategy} (the strategy list opened), {@code
 * theme=dark}, {@code run=false} (do not train), {@code size=1600x1000}.
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
    Map<String, String> a = new HashMap<>();
    for (String arg : arguments) {
      int eq = arg.indexOf('=');
      a.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "true" : arg.substring(eq + 1));
    }
    String sample = a.getOrDefault("sample", "correlated-high");
    double seconds = Double.parseDouble(a.getOrDefault("seconds", "20"));
    String out = a.getOrDefault("out", "target/workbench.png");
    String[] size = a.getOrDefault("size", "1400x900").split("x");

    WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
    prefs.savePlacement(new WindowPlacement(0, 0, Double.parseDouble(size[0]), Double.parseDouble(size[1]), false));
    prefs.saveLastExperiment(Path.of("sample-datasets", sample, a.getOrDefault("experiment", "experiment.json")).toAbsolutePath());
    if ("dark".equals(a.get("theme"))) {
      prefs.saveTheme(Theme.DARK);
    }
    WorkbenchApp app = new WorkbenchApp(prefs, NumericsEngine::start);
    app.start(stage);
    WorkbenchController controller = app.controller();
    controller.editor().datasetProperty().addListener((obs, old, now) -> {
      if (now == null) {
        return;
      }
      var editor = controller.editor();
      if (a.containsKey("sharing")) {
        editor.setSharing(Sharing.parse(a.get("sharing")));
      }
      if (a.containsKey("strategy")) {
        editor.chooseStrategy(a.get("strategy"));
      }
      if ("strategy".equals(a.get("inspect"))) {
        editor.selectionProperty().set(new Selection.Strategy());
      } else if ("scheme".equals(a.get("inspect"))) {
        editor.selectionProperty().set(new Selection.Scheme());
      }
      if (!"false".equals(a.get("run"))) {
        controller.run();
      }
      if ("strategy".equals(a.get("popup"))) {
        PauseTransition open = new PauseTransition(Duration.seconds(1));
        open.setOnFinished(e -> ((ComboBox<?>) stage.getScene().lookup("#inspect-strategy")).show());
        open.play();
      }
      if (a.containsKey("divider")) {
        ((javafx.scene.control.SplitPane) stage.getScene().lookup("#modelPane .plain-split"))
            .setDividerPositions(Double.parseDouble(a.get("divider")));
      }
      PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
      wait.setOnFinished(e -> {
        try {
          ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(out));
          System.out.println("wrote " + out);
        } catch (java.io.IOException ex) {
          ex.printStackTrace();
        }
        if (!a.containsKey("hold")) {
          app.stop();
          Platform.exit();
        }
      });
      wait.play();
    });
  }
}

package org.mtlworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A test-scope main for looking at the live dashboard as a user would (run it under Xvfb): opens
 * a sample at 1600 × 1000, trains it, then with the real mouse drag-zooms the loss chart, hovers
 * over it, double-clicks it and ticks the gradient chart's weighting, writing the window to
 * {@code target/look-N.png} after each. Arguments: sample (default correlated-high), seconds of
 * training before the first shot (default 25).
 */
public final class DashboardLookApp extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(DashboardLookApp.class, args);
    }
  }

  private final List<Runnable> steps = new ArrayList<>();
  private Stage stage;
  private int shot;

  @Override
  public void start(Stage primary) throws Exception {
    stage = primary;
    String sample = arguments.length > 0 ? arguments[0] : "correlated-high";
    double seconds = arguments.length > 1 ? Double.parseDouble(arguments[1]) : 25;
    WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
    prefs.savePlacement(new WindowPlacement(0, 0, 1600, 1000, false));
    prefs.saveLastExperiment(Path.of("sample-datasets", sample, "experiment.json").toAbsolutePath());
    WorkbenchApp app = new WorkbenchApp(prefs, NumericsEngine::start);
    app.start(stage);
    Robot robot = new Robot();
    app.controller().editor().datasetProperty().addListener((obs, old, now) -> {
      if (now == null || !steps.isEmpty()) {
        return;
      }
      app.controller().run();
      steps.add(() -> {
        Node d = stage.getScene().lookup("#dashboardPane");
        Node t = stage.getScene().lookup("#taskTable");
        System.out.println("dashboard " + d.getLayoutBounds() + " table " + t.getLayoutBounds());
        shoot();
      });
      steps.add(() -> {
        Bounds b = screen("#lossPanelChart");
        robot.mouseMove(b.getMinX() + b.getWidth() * 0.35, b.getMinY() + b.getHeight() * 0.2);
        robot.mousePress(MouseButton.PRIMARY);
        robot.mouseMove(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.5);
        robot.mouseMove(b.getMinX() + b.getWidth() * 0.65, b.getMinY() + b.getHeight() * 0.8);
        robot.mouseRelease(MouseButton.PRIMARY);
      });
      steps.add(() -> {
        Bounds b = screen("#lossPanelChart");
        robot.mouseMove(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.5);
      });
      steps.add(this::shoot);
      steps.add(() -> {
        Bounds b = screen("#lossPanelChart");
        robot.mouseClick(MouseButton.PRIMARY);
        robot.mouseClick(MouseButton.PRIMARY);
        robot.mouseMove(b.getMinX() + b.getWidth() * 0.7, b.getMinY() + b.getHeight() * 0.4);
      });
      steps.add(this::shoot);
      steps.add(() -> {
        Bounds b = screen("#gradientWeighted");
        robot.mouseMove(b.getMinX() + 6, b.getMinY() + b.getHeight() / 2);
        robot.mouseClick(MouseButton.PRIMARY);
        Bounds g = screen("#gradientPanelChart");
        robot.mouseMove(g.getMinX() + g.getWidth() * 0.6, g.getMinY() + g.getHeight() * 0.5);
      });
      steps.add(this::shoot);
      steps.add(() -> {
        app.stop();
        Platform.exit();
      });
      next(seconds);
    });
  }

  private void next(double seconds) {
    PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
    wait.setOnFinished(e -> {
      steps.remove(0).run();
      if (!steps.isEmpty()) {
        next(1.5);
      }
    });
    wait.play();
  }

  private Bounds screen(String id) {
    Node n = stage.getScene().lookup(id);
    return n.localToScreen(n.getBoundsInLocal());
  }

  private void shoot() {
    String out = "target/look-" + (++shot) + ".png";
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(out));
      System.out.println("wrote " + out);
    } catch (java.io.IOException ex) {
      ex.printStackTrace();
    }
  }
}

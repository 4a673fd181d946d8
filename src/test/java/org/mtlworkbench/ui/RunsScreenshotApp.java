package org.mtlworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.Workspace;

import org.mtlworkbench.ui.runs.RunsWindow;

/**
 * A test-scope main for looking at the real Runs window (run it under Xvfb): opens it on a
 * workspace at its default size, waits, writes its pixels to a PNG and quits.
 *
 * <p>Arguments: workspace folder, output PNG (default target/runs.png), and optionally the row to
 * open below the table (0 = the newest run).
 */
public final class RunsScreenshotApp extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(RunsScreenshotApp.class, args);
    }
  }

  @Override
  public void start(Stage owner) {
    Path root = Path.of(arguments[0]);
    String out = arguments.length > 1 ? arguments[1] : "target/runs.png";
    owner.show();
    RunsWindow window = new RunsWindow(new Workspace(root), Executors.newCachedThreadPool(), entries -> {});
    window.show(owner, List.of(Assets.stylesheets(Theme.LIGHT)), ChartTheme.LIGHT);
    int open = arguments.length > 2 ? Integer.parseInt(arguments[2]) : -1;
    if (open >= 0) {
      window.view().model().shown().addListener((javafx.collections.ListChangeListener<org.mtlworkbench.store.RunEntry>) c -> {
        if (c.getList().size() > open) {
          window.view().open(c.getList().get(open));
        }
      });
    }
    PauseTransition wait = new PauseTransition(Duration.seconds(open >= 0 ? 25 : 3));
    wait.setOnFinished(e -> {
      try {
        ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png", new File(out));
        System.out.println("wrote " + out);
      } catch (java.io.IOException ex) {
        ex.printStackTrace();
      }
      Platform.exit();
      System.exit(0);
    });
    wait.play();
  }
}

package org.mtlworkbench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.ui.run.RunState;

/**
 * Trains a sample experiment in the real window with the dashboard drawing (a test-scope main,
 * run under Xvfb), prints the run's steps per second as the trainer measured it, then watches
 * the heap for a while after the run has ended (the window keeps polling): it should stay flat.
 *
 * <p>Arguments: sample folder (default imbalanced), epochs (default 40), seconds to watch the heap
 * afterwards (default 20), runs one after another in the same window (default 1: the first run of
 * a fresh window, which also pays for compiling the drawing code).
 */
public final class WindowRunBench extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(WindowRunBench.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    String sample = arguments.length > 0 ? arguments[0] : "imbalanced";
    int epochs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 40;
    int watch = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 20;
    int runs = arguments.length > 3 ? Integer.parseInt(arguments[3]) : 1;
    WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
    prefs.savePlacement(new WindowPlacement(0, 0, 1400, 900, false));
    prefs.saveLastExperiment(Path.of("sample-datasets", sample, "experiment.json").toAbsolutePath());
    WorkbenchApp app = new WorkbenchApp(prefs, NumericsEngine::start);
    app.start(stage);
    WorkbenchController controller = app.controller();
    controller.editor().datasetProperty().addListener((obs, old, now) -> {
      if (now == null) {
        return;
      }
      controller.editor().setTraining(t -> new TrainingSpec(epochs, t.batchSize(), t.seed(), t.diagnosticsEvery(), t.threads()));
      controller.run();
      int[] done = {0};
      Timeline poll = new Timeline();
      poll.getKeyFrames().add(new KeyFrame(Duration.millis(500), e -> {
        if (controller.session().state() == RunState.ENDED) {
          RunOutcome o = controller.session().outcomeProperty().get();
          System.out.printf(Locale.ROOT, "window run %d: %s, %d steps in %.2f s = %.1f steps/s (dashboard drawing)%n",
              ++done[0], o.status().id(), o.steps(), o.wallSeconds(), o.steps() / o.wallSeconds());
          if (done[0] < runs) {
            controller.run(); // the same experiment again in the same window, as a user runs a variant
          } else {
            poll.stop();
            watchHeap(watch, app);
          }
        }
      }));
      poll.setCycleCount(Timeline.INDEFINITE);
      poll.play();
    });
  }

  private static void watchHeap(int seconds, WorkbenchApp app) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    int[] ticks = {0};
    Timeline t = new Timeline();
    t.getKeyFrames().add(new KeyFrame(Duration.seconds(2), e -> {
      System.gc();
      System.out.printf(Locale.ROOT, "  %2d s after the end: heap used %.1f MB%n", 2 * ++ticks[0],
          memory.getHeapMemoryUsage().getUsed() / 1e6);
      if (2 * ticks[0] >= seconds) {
        t.stop();
        app.stop();
        Platform.exit();
      }
    }));
    t.setCycleCount(Timeline.INDEFINITE);
    t.play();
  }
}

package org.mtlworkbench.ui.study;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.ui.canvas.TaskColors;
import org.mtlworkbench.ui.dashboard.DashboardView;
import org.mtlworkbench.ui.run.RunSession;
import org.mtlworkbench.ui.runs.CloseKeys;
import org.mtlworkbench.ui.runs.WindowSizes;

/**
 * The study's run in progress, live, in a small window of its own: the main window's {@link
 * DashboardView} (each task's loss, gradient norms, conflict matrix, task weights, the task table
 * and the findings) following the run the study has reached ({@link RunWatch}), and the next one
 * as soon as it starts.
 *
 * <p>Its own timer, running only while the window shows, polls the watch and lets the dashboard
 * pull what the run's log gained, at most {@value #FRAMES_PER_SECOND} times a second as the main
 * window's timer does; the dashboard redraws its curves at its own rate (4 a second). Training
 * never hears of it; with the window closed, watching costs nothing.
 */
final class RunWatchWindow {
  static final double WIDTH = 1040;
  static final double HEIGHT = 760;
  static final int FRAMES_PER_SECOND = 30;
  private static final long FRAME_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;
  /** The line naming the run and its step is rewritten at most this often (as often as the curves). */
  private static final long MESSAGE_NANOS = 250_000_000L;
  static final String TITLE = "Run in progress";

  private final RunWatch watch;
  private final Supplier<List<String>> taskOrder;
  private final SimpleObjectProperty<MetricsLog> log = new SimpleObjectProperty<>();
  private final SimpleObjectProperty<ExperimentSpec> spec = new SimpleObjectProperty<>();
  private final SimpleStringProperty message = new SimpleStringProperty("");
  private final DashboardView dashboard;
  private final Stage stage = new Stage();
  private RunWatch.Run shown;
  private long lastFrame;
  private long lastMessage;

  /**
   * @param taskOrder the study's tasks in order: a task keeps its colour in every run, a baseline's
   *     included
   */
  RunWatchWindow(Window owner, List<String> sheets, ChartTheme theme, RunWatch watch, Supplier<List<String>> taskOrder) {
    this.watch = watch;
    this.taskOrder = taskOrder;
    dashboard = new DashboardView(log, spec, message, this::colourOf, theme);
    stage.initOwner(owner);
    stage.setTitle(TITLE);
    Scene scene = new Scene(dashboard, WindowSizes.width(WIDTH), WindowSizes.height(HEIGHT));
    scene.getStylesheets().setAll(sheets);
    stage.setScene(scene);
    CloseKeys.install(stage);
    AnimationTimer timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (now - lastFrame >= FRAME_NANOS) {
          lastFrame = now;
          onFrame(now);
        }
      }
    };
    stage.showingProperty().addListener((obs, was, showing) -> {
      if (showing) {
        timer.start();
      } else {
        timer.stop();
      }
    });
  }

  /** Brings the window up (or to the front). */
  void show() {
    stage.show();
    stage.toFront();
  }

  /** One frame: follows the run the study has reached, then lets the dashboard pull and redraw. */
  void onFrame(long now) {
    RunWatch.Run r = watch.current();
    if (r == null && shown != null) { // a new study, no run yet
      shown = null;
      log.set(null);
      spec.set(null);
      stage.setTitle(TITLE);
    } else if (r != null && r != shown && r.log() != null) { // its log exists once its first step is near
      shown = r;
      spec.set(r.spec());
      log.set(r.log());
      stage.setTitle(TITLE + " — " + r.label());
      lastMessage = now - MESSAGE_NANOS;
    }
    if (now - lastMessage >= MESSAGE_NANOS) {
      lastMessage = now;
      message.set(describe(r));
    }
    dashboard.onFrame(now);
  }

  /** What the line above the charts says of the run the study has reached. */
  static String describe(RunWatch.Run r) {
    if (r == null) {
      return "No run of this study has started yet: its charts appear here as soon as it trains.";
    }
    MetricsLog l = r.log();
    if (l == null) {
      return r.label() + ": starting…";
    }
    if (r.over()) {
      return r.label() + ": " + (r.outcome() == null ? "ended." : RunSession.describe(r.outcome()))
          + " The next run is shown when it starts.";
    }
    return r.label() + ": step " + Numbers.count(l.size()) + " of " + Numbers.count(r.totalSteps()) + ".";
  }

  private int colourOf(String task) {
    return TaskColors.index(null, taskOrder.get(), task);
  }

  /** The run shown now, or null (tests). */
  RunWatch.Run shown() {
    return shown;
  }

  Stage stage() {
    return stage;
  }
}

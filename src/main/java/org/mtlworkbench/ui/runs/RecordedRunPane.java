package org.mtlworkbench.ui.runs;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.scene.layout.BorderPane;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.ui.dashboard.DashboardView;

/**
 * A recorded run shown as it was seen live: the window's {@link DashboardView}, fed by the run's
 * metrics replayed from disk into a metrics log. The files are read off the UI thread; the
 * dashboard is driven by its own frame timer while this pane is in a showing window.
 */
final class RecordedRunPane extends BorderPane {
  private static final long FRAME_NANOS = 1_000_000_000L / 30;

  private final SimpleObjectProperty<MetricsLog> log = new SimpleObjectProperty<>();
  private final SimpleObjectProperty<ExperimentSpec> spec = new SimpleObjectProperty<>();
  private final SimpleStringProperty message = new SimpleStringProperty("");
  private final DashboardView dashboard;
  private final Executor background;
  private final AnimationTimer timer;
  private int generation;

  RecordedRunPane(ChartTheme theme, Executor background) {
    this.background = background;
    setId("recordedRun");
    dashboard = new DashboardView(log, spec, message, this::colourOf, theme);
    dashboard.offerExports(message::set);
    setCenter(dashboard);
    timer = new AnimationTimer() {
      private long last;

      @Override
      public void handle(long now) {
        if (now - last >= FRAME_NANOS) {
          last = now;
          dashboard.onFrame(now);
        }
      }
    };
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene == null) {
        timer.stop();
      } else if (log.get() != null || generation > 0) {
        timer.start();
      }
    });
  }

  /** A task's colour: its place in the run's task list, as the live dashboard colours them. */
  private int colourOf(String task) {
    MetricsLog l = log.get();
    return l == null ? 0 : Math.max(0, l.taskNames().indexOf(task));
  }

  /** Reads the run in the background and shows it; a later call wins over an earlier one still reading. */
  void open(RunEntry entry) {
    int mine = ++generation;
    if (getScene() != null) {
      timer.start();
    }
    message.set("Reading " + entry.dir().getFileName() + "…");
    Task<Opened> read = new Task<>() {
      @Override
      protected Opened call() {
        StoredRun run = RunReader.read(entry.dir());
        return new Opened(run, run.metrics().replay());
      }
    };
    read.setOnSucceeded(e -> {
      if (mine == generation) {
        Opened opened = read.getValue();
        spec.set(opened.run().manifest().experiment());
        log.set(opened.log());
        message.set(describe(entry, opened.run()));
      }
    });
    read.setOnFailed(e -> {
      if (mine == generation) {
        Throwable t = read.getException();
        message.set("Cannot open the run: " + (t instanceof InputException ? t.getMessage() : t.toString()));
      }
    });
    background.execute(read);
  }

  private record Opened(StoredRun run, MetricsLog log) {}

  /** "two tasks · hard · equal · seed 1 · crashed · 3,450 of 30,000 steps · 1:02 · 2026-11-29 09:12:03". */
  static String describe(RunEntry entry, StoredRun run) {
    return entry.name() + " · " + run.status().id() + " · " + run.progress().describe() + " · " + RunsViewModel.date(entry);
  }

  /** The metrics of the run shown, or null. */
  MetricsLog log() {
    return log.get();
  }

  List<String> tasks() {
    return log.get() == null ? List.of() : log.get().taskNames();
  }

  void applyTheme(ChartTheme theme, boolean dark) {
    dashboard.applyTheme(theme, dark);
  }
}

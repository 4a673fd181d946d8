package org.mtlworkbench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.ui.study.StudySession;
import org.mtlworkbench.ui.study.StudyState;
import org.mtlworkbench.ui.study.StudyWindow;

/**
 * Runs a study file in the real Study window (a test-scope main, run under Xvfb) and measures what
 * the study issue asks of the window: the study's wall time (to set against {@code sweep} of the
 * same file headless), how long the window's thread is busy in each pulse while the study runs,
 * how long a task posted to that thread waits (what a click would wait), and the heap after a
 * collection each time a run completes (flat: finished runs keep only what is on screen).
 *
 * <p>Busy time per pulse: from the pulse's animation phase (an {@link AnimationTimer}, which runs
 * first in a pulse) to the end of its layout phase (a post-layout pulse listener), so it holds the
 * pulse's event handlers, CSS and layout; the software renderer's rasterising runs on the render
 * thread after it. Arguments: the study file; seconds of warm-up in the window before the study
 * starts (default 30: the window is "warm" as the goal says); "gc" to force a full
 * collection at each completed run and read the heap after it (exact, but each stops every thread
 * for tens of milliseconds, the study's too); without it, the old generation's occupancy after its
 * last collection is read instead, which costs nothing.
 */
public final class StudyWindowBench extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(StudyWindowBench.class, args);
    }
  }

  private final List<Double> busy = new ArrayList<>();
  private final List<Double> waits = new ArrayList<>();
  private final List<Double> heap = new ArrayList<>();
  private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bench-probe");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean measuring;
  private boolean forceGc;
  private long pulseStart;

  @Override
  public void start(Stage stage) {
    Path file = Path.of(arguments[0]).toAbsolutePath();
    int warm = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 30;
    forceGc = arguments.length > 2 && arguments[2].equals("gc");
    WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
    prefs.savePlacement(new WindowPlacement(0, 0, 1400, 900, false));
    WorkbenchApp app = new WorkbenchApp(prefs, NumericsEngine::start);
    app.start(stage);
    StudyWindow window = app.studyWindow();
    window.show(stage, List.of(Assets.stylesheets(Theme.LIGHT)), WorkbenchApp.chartTheme(Theme.LIGHT), null, null);
    Study study = StudyFiles.load(file);
    StudySession session = window.view().session();
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        pulseStart = System.nanoTime();
      }
    }.start();
    window.stage().getScene().addPostLayoutPulseListener(() -> {
      if (measuring && pulseStart != 0) {
        busy.add((System.nanoTime() - pulseStart) / 1e6);
      }
    });
    probe.scheduleAtFixedRate(() -> {
      if (measuring) {
        long posted = System.nanoTime();
        Platform.runLater(() -> waits.add((System.nanoTime() - posted) / 1e6));
      }
    }, 100, 50, TimeUnit.MILLISECONDS);
    long[] started = new long[1];
    session.progressProperty().addListener((obs, old, now) -> {
      if (now != null && (old == null || now.done() != old.done())) {
        probe.execute(() -> heap.add(forceGc ? usedAfterGc() : oldGenAfterLastCollection()));
      }
    });
    session.stateProperty().addListener((obs, old, now) -> {
      if (now == StudyState.ENDED) {
        measuring = false;
        double seconds = (System.nanoTime() - started[0]) / 1e9;
        report(session, seconds);
        probe.schedule(() -> Platform.runLater(() -> {
          app.stop();
          Platform.exit();
        }), 2, TimeUnit.SECONDS);
      }
    });
    probe.schedule(() -> Platform.runLater(() -> {
      System.out.printf(Locale.ROOT, "starting the study after %d s in the window%n", warm);
      started[0] = System.nanoTime();
      measuring = true;
      session.start(study);
    }), warm, TimeUnit.SECONDS);
  }

  private void report(StudySession session, double seconds) {
    var p = session.progressProperty().get();
    System.out.printf(Locale.ROOT, "study in the window: %d of %d runs complete (%d failed) in %.1f s, folder %s%n",
        p == null ? 0 : p.done(), p == null ? 0 : p.total(), p == null ? 0 : p.failed(), seconds, session.dirProperty().get());
    System.out.printf(Locale.ROOT, "UI thread busy per pulse: %s%n", stats(busy));
    System.out.printf(Locale.ROOT, "wait of a task posted to the UI thread: %s%n", stats(waits));
    System.out.printf(Locale.ROOT, "%s at each completed run (MB): %s%n",
        forceGc ? "heap after a forced GC" : "old generation after its last collection", heap);
    System.out.printf(Locale.ROOT, "heap after a forced GC at the end: %.1f MB%n", usedAfterGc());
  }

  /** Forces a full collection (which stops every thread, the trainer's too) and reads the heap in use. */
  private static double usedAfterGc() {
    System.gc();
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    return m.getHeapMemoryUsage().getUsed() / 1e6;
  }

  /** The old generation's occupancy after its last collection, read without forcing one. */
  private static double oldGenAfterLastCollection() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().contains("Old Gen") && pool.getCollectionUsage() != null) {
        return pool.getCollectionUsage().getUsed() / 1e6;
      }
    }
    return Double.NaN;
  }

  private static String stats(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return "none";
    }
    return String.format(Locale.ROOT, "n %d, median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms", v.length, at(v, 0.5),
        at(v, 0.95), at(v, 0.99), v[v.length - 1]);
  }

  private static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }
}

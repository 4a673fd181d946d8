package org.mtlworkbench.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.StepRecord;

/**
 * Measures the dashboard's frame time with a long run loaded (a test-scope main, not a test):
 * 4 tasks × 200,000 steps of synthetic metrics, then {@value #STEPS_PER_FRAME} new steps before
 * every frame, so that every frame copies, smooths, decimates and redraws all four charts. Prints
 * the median, 95th percentile and maximum of the time {@link DashboardView#onFrame} takes on the
 * UI thread, including the charts' drawing into their canvases. Then, as after a run's end, it
 * keeps polling with nothing new for 20 s and prints the heap in use every 2 s.
 *
 * <p>Arguments: steps to preload (default 200000), frames to measure (default 300), warm-up
 * frames drawn first from another run of the same length (default 60; about 2400, some 40 s, let
 * the JIT finish compiling the drawing code, so that what is measured is the dashboard's steady
 * state rather than the compiler's work on the second core). The renderer thread's CPU time per
 * measured frame is printed too: on a machine without a GPU it rasterises every curve.
 */
public final class DashboardFrameBench extends Application {
  static final int TASKS = 4;
  static final int STEPS_PER_FRAME = 100;
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(DashboardFrameBench.class, args);
    }
  }

  private final Random random = new Random(1);

  @Override
  public void start(Stage stage) {
    int preload = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 200_000;
    int frames = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 300;
    int warmup = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 60;
    List<String> names = List.of("y1", "y2", "y3", "y4");
    long t0 = System.nanoTime();
    MetricsLog measured = preloaded(names, preload);
    // Warm-up frames draw another run of the same length: the JIT compiles the drawing code
    // (tens of seconds of compiling on two cores), then the view switches to the measured run.
    MetricsLog warming = warmup > 0 ? preloaded(names, preload) : measured;
    System.out.printf(Locale.ROOT, "preloaded %,d steps × %d tasks in %.1f s%n", preload, TASKS, (System.nanoTime() - t0) / 1e9);

    SimpleObjectProperty<MetricsLog> shown = new SimpleObjectProperty<>(warming);
    DashboardView view = new DashboardView(shown, new SimpleObjectProperty<ExperimentSpec>(),
        new SimpleStringProperty("benchmark"), names::indexOf, ChartTheme.LIGHT);
    Scene scene = new Scene(view, 660, 820);
    scene.getStylesheets().addAll(css("base.css"), css("light.css"));
    stage.setScene(scene);
    stage.show();

    List<Long> times = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long warmStart = System.nanoTime();
    new AnimationTimer() {
      int frame;
      long clock;
      long rendererStart;

      @Override
      public void handle(long now) {
        MetricsLog log = shown.get();
        if (frame == warmup) {
          if (warmup > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d frames in %.1f s%n", warmup, (System.nanoTime() - warmStart) / 1e9);
          }
          shown.set(measured);
          log = measured;
          rendererStart = rendererCpu(threads);
        }
        for (int i = 0; i < STEPS_PER_FRAME; i++) {
          log.onStep(step(log.size()));
        }
        // The view redraws new steps at most every CURVES_INTERVAL_NANOS; its clock is advanced
        // by that much per frame so that every measured frame is a full redraw (the worst frame).
        clock += DashboardView.CURVES_INTERVAL_NANOS;
        long a = System.nanoTime();
        long ca = threads.getCurrentThreadCpuTime();
        view.onFrame(clock);
        long cb = threads.getCurrentThreadCpuTime();
        long b = System.nanoTime();
        if (frame++ > warmup) { // the first frame after the switch redraws from scratch
          times.add(b - a);
          cpu.add(cb - ca);
        }
        if (times.size() == frames) {
          stop();
          report("wall time", times, log.size());
          report("UI-thread CPU time (what the frame costs on a machine not shared with others)", cpu, log.size());
          System.out.printf(Locale.ROOT, "renderer thread CPU: %.2f ms per measured frame (mean)%n",
              (rendererCpu(threads) - rendererStart) / 1e6 / (frames + 1));
          long c = System.nanoTime();
          view.onFrame(clock + 1);
          System.out.printf(Locale.ROOT, "frame with nothing new: %.3f ms%n", (System.nanoTime() - c) / 1e6);
          watchHeapAfterTheEnd(view, clock, log.size());
        }
      }
    }.start();
  }

  /**
   * The run has ended: no new steps; the window keeps polling. Every 2 s, after a GC, the heap in
   * use is printed: it should stay where it is (the log is kept for display, nothing grows).
   */
  private static void watchHeapAfterTheEnd(DashboardView view, long clock, int steps) {
    java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
    long[] next = {System.nanoTime()};
    int[] samples = {0};
    long[] fake = {clock};
    System.out.printf(Locale.ROOT, "after the end (%,d steps × %d tasks shown, polled every frame):%n", steps, TASKS);
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        fake[0] += 16_000_000L;
        view.onFrame(fake[0]);
        if (now >= next[0]) {
          next[0] = now + 2_000_000_000L;
          System.gc();
          System.out.printf(Locale.ROOT, "  %2d s: heap used %.1f MB%n", 2 * samples[0], memory.getHeapMemoryUsage().getUsed() / 1e6);
          if (++samples[0] > 10) {
            stop();
            Platform.exit();
          }
        }
      }
    }.start();
  }

  private MetricsLog preloaded(List<String> names, int steps) {
    MetricsLog log = new MetricsLog(names, List.of("backbone/0", "backbone/1"));
    for (int i = 0; i < steps; i++) {
      log.onStep(step(i));
    }
    return log;
  }

  /** CPU time of JavaFX's render thread(s), which rasterise what the UI thread recorded. */
  private static long rendererCpu(java.lang.management.ThreadMXBean threads) {
    long sum = 0;
    for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith("QuantumRenderer")) {
        sum += threads.getThreadCpuTime(t.getThreadId());
      }
    }
    return sum;
  }

  private static String css(String name) {
    return Path.of("assets/css", name).toUri().toString();
  }

  private static void report(String what, List<Long> times, int steps) {
    long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "dashboard frame (%s) with %,d steps × %d tasks, %d new steps per frame, %d frames:%n",
        what, steps, TASKS, STEPS_PER_FRAME, t.length);
    System.out.printf(Locale.ROOT, "  median %.2f ms, p95 %.2f ms, max %.2f ms%n",
        t[t.length / 2] / 1e6, t[(int) (t.length * 0.95)] / 1e6, t[t.length - 1] / 1e6);
  }

  /** A step of synthetic metrics: decaying noisy losses on four scales, noisy norms, random cosines. */
  private StepRecord step(int s) {
    double[] loss = new double[TASKS];
    double[] norms = new double[TASKS];
    double[][] layers = new double[TASKS][2];
    double[][] cos = new double[TASKS][TASKS];
    double[] ones = new double[TASKS];
    for (int k = 0; k < TASKS; k++) {
      double scale = Math.pow(10, k);
      loss[k] = scale * (0.1 + Math.exp(-s / 20_000.0)) * (1 + 0.2 * random.nextGaussian());
      norms[k] = scale * (0.5 + 0.1 * random.nextGaussian()) * (random.nextInt(5000) == 0 ? 30 : 1);
      layers[k][0] = norms[k] * 0.8;
      layers[k][1] = norms[k] * 0.6;
      ones[k] = 1;
      for (int j = 0; j < TASKS; j++) {
        cos[k][j] = k == j ? 1 : Math.max(-1, Math.min(1, 0.1 + 0.4 * random.nextGaussian()));
      }
    }
    for (int k = 0; k < TASKS; k++) {
      for (int j = 0; j < k; j++) {
        cos[k][j] = cos[j][k];
      }
    }
    return new StepRecord(s, s / 1000, 0.001, loss, ones, ones, new GradientSnapshot(norms, layers, cos), 0);
  }
}

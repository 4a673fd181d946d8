package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.ui.AssetsAccess;

/**
 * What watching costs a study (a test-scope main, run under Xvfb): runs the same study in the real
 * Study window again and again, alternately with the "Watch run" window closed and open, and prints
 * each study's wall time as the study measured it and the CPU time the window's two threads took
 * meanwhile (the JavaFX application thread and the renderer: what drawing costs the cores the
 * training shares, less at the mercy of other load than the wall time), then the means.
 *
 * <p>Arguments: workspace folder, experiment file, epochs, comma-separated strategies, seeds,
 * pairs (studies closed then open).
 */
public final class StudyWatchBench extends Application {
  private static String[] arguments = new String[0];

  /** The entry point (an Application subclass cannot be the main class on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      arguments = args;
      Application.launch(StudyWatchBench.class, args);
    }
  }

  private final List<Double> closed = new ArrayList<>();
  private final List<Double> open = new ArrayList<>();
  private final List<Double> closedCpu = new ArrayList<>();
  private final List<Double> openCpu = new ArrayList<>();
  private int studies;
  private double cpuAtStart;

  /** CPU seconds used so far by the JavaFX application thread and the renderer thread(s). */
  private static double windowCpu() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double ns = 0;
    for (java.lang.management.ThreadInfo t : mx.dumpAllThreads(false, false)) {
      String name = t.getThreadName();
      if (name.equals("JavaFX Application Thread") || name.startsWith("QuantumRenderer")) {
        ns += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return ns / 1e9;
  }

  @Override
  public void start(Stage owner) {
    Path file = Path.of(arguments[1]);
    ExperimentSpec e = ExperimentFiles.read(file);
    e = e.withTraining(e.training().withEpochs(Integer.parseInt(arguments[2])));
    int pairs = Integer.parseInt(arguments[5]);
    owner.show();
    StudyWindow window = new StudyWindow(new Workspace(Path.of(arguments[0])), Executors.newCachedThreadPool(), (t, r) -> {});
    window.show(owner, List.of(AssetsAccess.stylesheets()), ChartTheme.LIGHT, e, file.toAbsolutePath().getParent());
    StudyView view = window.view();
    view.choices().strategies().clear();
    for (String s : arguments[3].split(",")) {
      view.choices().choose(s, true);
    }
    view.choices().seedsProperty().set(Integer.parseInt(arguments[4]));
    view.choices().baselinesProperty().set(false);
    Scene scene = window.stage().getScene();
    view.session().stateProperty().addListener((obs, old, now) -> {
      boolean watching = studies % 2 == 1;
      if (now == StudyState.RUNNING) {
        cpuAtStart = windowCpu();
      }
      if (now == StudyState.RUNNING && watching && (view.watchWindow() == null || !view.watchWindow().stage().isShowing())) {
        ((Hyperlink) scene.lookup("#studyWatchRun")).fire();
      }
      if (now != StudyState.ENDED) {
        return;
      }
      double seconds = view.session().progressProperty().get().elapsedSeconds();
      double cpu = windowCpu() - cpuAtStart;
      (watching ? open : closed).add(seconds);
      (watching ? openCpu : closedCpu).add(cpu);
      System.out.printf(Locale.ROOT, "study %d, watch %s: %.2f s, window threads %.2f CPU s%n", studies + 1,
          watching ? "open  " : "closed", seconds, cpu);
      if (view.watchWindow() != null) {
        view.watchWindow().stage().hide();
      }
      studies++;
      if (studies == 2 * pairs) {
        double c = closed.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double o = open.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "mean: closed %.2f s, open %.2f s, open / closed %.3f; window threads: closed %.2f, open %.2f CPU s%n",
            c, o, o / c, closedCpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
            openCpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        Platform.exit();
        System.exit(0);
      }
      Platform.runLater(() -> ((Button) scene.lookup("#studyStart")).fire());
    });
    ((Button) scene.lookup("#studyStart")).fire();
  }
}

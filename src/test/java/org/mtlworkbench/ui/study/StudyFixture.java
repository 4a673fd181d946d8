package org.mtlworkbench.ui.study;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.scene.Scene;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A study view on TestFX's stage, on a small generated experiment (600 rows, 2 tasks, a few
 * epochs: a run takes well under a second), recording studies in a temporary workspace; the
 * file dialogs are answered by the test.
 */
final class StudyFixture {
  static final String EXPERIMENT = """
      {"schemaVersion": 1, "name": "window study",
       "data": {"generator": {"type": "correlated-regression", "rows": 600, "features": 8, "tasks": 2, "correlation": 0.5, "seed": 3}},
       "tasks": [{"target": "y1"}, {"target": "y2"}],
       "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
       "training": {"epochs": %d, "batchSize": 64, "seed": 5}%s}""";

  static final Executor NEW_THREAD = task -> {
    Thread t = new Thread(task, "test-background");
    t.setDaemon(true);
    t.start();
  };

  final FxRobot robot = new FxRobot();
  final Workspace workspace;
  final List<String> opened = new ArrayList<>();
  Path saveAs;
  Path choose;
  ClusterExportAction.Target cluster;
  BiFunction<String, String, Path> exportWhere = (name, ext) -> null;
  StudyView view;

  StudyFixture(Path root) {
    this.workspace = new Workspace(root);
  }

  static ExperimentSpec experiment(int epochs, String extra) {
    return ExperimentFiles.parse(EXPERIMENT.formatted(epochs, extra), "exp.json");
  }

  /**
   * Three correlated tasks (y1, y2, y3) for 2 epochs with task affinity measured every {@code
   * affinityEvery} steps: what the affinity tab and "Test this grouping" need.
   */
  static ExperimentSpec threeTasks(String name, int rows, int affinityEvery) {
    return ExperimentFiles.parse("""
        {"schemaVersion": 1, "name": "%s",
         "data": {"generator": {"type": "correlated-regression", "rows": %d, "features": 8, "tasks": 3, "correlation": 0.5, "seed": 3}},
         "tasks": [{"target": "y1"}, {"target": "y2"}, {"target": "y3"}],
         "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
         "training": {"epochs": 2, "batchSize": 64, "seed": 5, "affinityEvery": %d}}""".formatted(name, rows, affinityEvery),
        "three.json");
  }

  /** Shows a new study view of {@code e}. */
  StudyFixture show(ExperimentSpec e) throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(s -> {
      view = new StudyView(new StudySession(workspace, NEW_THREAD), ChartTheme.LIGHT, NEW_THREAD, new StudyView.Hooks() {
        @Override
        public Path chooseStudy() {
          return choose;
        }

        @Override
        public Path chooseSaveAs(String suggested) {
          return saveAs;
        }

        @Override
        public BiFunction<String, String, Path> exportWhere() {
          return (name, ext) -> exportWhere.apply(name, ext);
        }

        @Override
        public void openRuns(String title, Path folder) {
          opened.add(title + " @ " + folder);
        }

        @Override
        public ClusterExportAction.Target chooseCluster(String suggested) {
          return cluster;
        }
      });
      if (e != null) {
        view.setExperiment(e, null);
      }
      s.setScene(new Scene(view, 1200, 780));
      s.show();
    });
    return this;
  }

  StudySession session() {
    return view.session();
  }

  void awaitEnded(int seconds) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, SECONDS, () -> onFx(() -> session().stateProperty().get() == StudyState.ENDED));
  }

  static void awaitFx(int seconds, Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, SECONDS, () -> onFx(condition));
  }

  static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  /** A run's final test metric, read from its run.json. */
  static double metric(Path runDir, String task) {
    RunManifest m = RunReader.manifest(runDir);
    return m.finalMetrics().get(RunFiles.TEST).get(task).get("mse");
  }

  /** After a test: cancels the study of {@code fx} (if it showed one) and closes the stages. */
  static void close(StudyFixture fx) throws Exception {
    if (fx != null && fx.view != null) {
      onFx(() -> {
        fx.session().cancel();
        return true;
      });
    }
    FxToolkit.cleanupStages();
  }
}

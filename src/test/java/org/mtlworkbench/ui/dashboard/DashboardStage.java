package org.mtlworkbench.ui.dashboard;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.train.MetricsLog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A {@link DashboardView} alone on TestFX's stage, fed a metrics log by hand and drawn frame by frame. */
final class DashboardStage {
  final FxRobot robot = new FxRobot();
  final SimpleObjectProperty<MetricsLog> log = new SimpleObjectProperty<>();
  final SimpleObjectProperty<ExperimentSpec> spec = new SimpleObjectProperty<>();
  final SimpleStringProperty message = new SimpleStringProperty("");
  DashboardView view;
  private long clock = 1_000_000_000L;

  /** The dashboard at {@code width} × {@code height}, the tasks' colours in the order of {@code tasks}. */
  static DashboardStage show(List<String> tasks, double width, double height) throws Exception {
    DashboardStage d = new DashboardStage();
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(s -> {
      d.view = new DashboardView(d.log, d.spec, d.message, t -> Math.max(0, tasks.indexOf(t)), ChartTheme.LIGHT);
      Scene scene = new Scene(d.view, width, height);
      scene.getStylesheets().addAll(css("base.css"), css("light.css"));
      s.setScene(scene);
      s.setWidth(width);
      s.setHeight(height);
      s.show();
      s.toFront();
    });
    WaitForAsyncUtils.waitForFxEvents();
    return d;
  }

  private static String css(String name) {
    return java.nio.file.Path.of("assets", "css", name).toUri().toString(); // as the window finds them in the source tree
  }

  /** Draws {@code n} frames, each a second after the last (every chart is due). */
  void frames(int n) throws Exception {
    for (int i = 0; i < n; i++) {
      clock += 1_000_000_000L;
      long now = clock;
      on(() -> {
        view.onFrame(now);
        return null;
      });
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  static <T> T on(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }
}

package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.ui.AssetsAccess;

/**
 * What the study screenshot apps share: the Study window over {@code owner} with the experiment of
 * their arguments (workspace folder, experiment file, epochs, seeds, comma-separated strategies),
 * those strategies and that many seeds chosen.
 *
 * @param window the Study window
 * @param experiment the experiment it shows
 */
record StudyScreenshotSetup(StudyWindow window, ExperimentSpec experiment) {

  static StudyScreenshotSetup open(Stage owner, String[] arguments) {
    Path file = Path.of(arguments[1]);
    ExperimentSpec e = ExperimentFiles.read(file);
    e = e.withTraining(e.training().withEpochs(Integer.parseInt(arguments[2])));
    owner.show();
    StudyWindow window = new StudyWindow(new Workspace(Path.of(arguments[0])), Executors.newCachedThreadPool(), (t, r) -> {});
    window.show(owner, List.of(AssetsAccess.stylesheets()), ChartTheme.LIGHT, e, file.toAbsolutePath().getParent());
    StudyView view = window.view();
    view.choices().strategies().clear();
    for (String s : arguments[4].split(",")) {
      view.choices().choose(s, true);
    }
    view.choices().seedsProperty().set(Integer.parseInt(arguments[3]));
    return new StudyScreenshotSetup(window, e);
  }
}

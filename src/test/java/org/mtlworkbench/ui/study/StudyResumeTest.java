package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyLedger;
import org.mtlworkbench.study.StudyProgress;
import org.testfx.api.FxToolkit;

/**
 * Pause, cancel and resume: a study paused and cancelled after its first run keeps what is
 * complete; a new window that opens the study folder offers Resume, which runs only the runs left.
 */
class StudyResumeTest {
  @TempDir Path root;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    StudyFixture.close(fx);
  }

  @Test
  void aCancelledStudyIsResumedFromItsFolderSkippingTheCompleteRuns() throws Exception {
    // 2 strategies × 2 seeds, no baselines: 4 runs of 400 epochs. A run must outlast the robot's
    // click on Pause after the first run ends: runs of 30 epochs (about a second on an idle
    // machine) let the whole study end before the click, once in a clean build.
    fx = new StudyFixture(root).show(StudyFixture.experiment(400, ""));
    fx.robot.clickOn("#studyStrategy-pcgrad").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("2");
    fx.robot.clickOn("#studyStart");
    awaitFx(120, () -> {
      StudyProgress p = fx.session().progressProperty().get();
      return p != null && p.done() >= 1;
    });
    fx.robot.clickOn("#studyPause");
    awaitFx(10, () -> fx.session().stateProperty().get() == StudyState.PAUSED);
    assertThat(onFx(() -> fx.robot.lookup("#studyPause").queryButton().getText())).isEqualTo("Resume run");
    fx.robot.clickOn("#studyCancel");
    fx.awaitEnded(60);
    Path dir = onFx(() -> fx.session().dirProperty().get());
    int done = onFx(() -> fx.session().progressProperty().get().done());
    assertThat(done).isBetween(1, 3);
    assertThat(onFx(() -> fx.robot.lookup("#studyMessage").queryAs(Label.class).getText()))
        .isEqualTo("Cancelled: " + done + " of 4 runs complete; Resume runs the rest.");
    assertThat(onFx(() -> fx.robot.lookup("#studyResume").queryButton().isVisible())).isTrue();

    // the runs complete so far, and when their run.json was written
    Map<Path, FileTime> complete = new HashMap<>();
    for (String run : List.of("equal/seed-5", "equal/seed-6", "pcgrad/seed-5", "pcgrad/seed-6")) {
      Path manifest = dir.resolve(run).resolve(RunFiles.MANIFEST);
      if (Files.isRegularFile(manifest)) {
        complete.put(manifest, Files.getLastModifiedTime(manifest));
      }
    }
    assertThat(complete).hasSize(done);
    FxToolkit.cleanupStages();

    // a new window, as after restarting the app: Open study… on the folder's study.json
    fx = new StudyFixture(root).show(null);
    fx.choose = dir.resolve(StudyDirectory.STUDY);
    fx.robot.clickOn("#studyOpen");
    awaitFx(30, () -> fx.session().resumableProperty().get());
    assertThat(onFx(() -> fx.robot.lookup("#studyMessage").queryAs(Label.class).getText()))
        .isEqualTo(done + " of 4 runs complete; Resume runs the rest.");
    assertThat(onFx(() -> fx.view.choices().strategies())).containsExactly("equal", "pcgrad");
    Button resume = fx.robot.lookup("#studyResume").queryButton();
    assertThat(onFx(resume::isVisible)).isTrue();
    fx.robot.clickOn("#studyResume");
    fx.awaitEnded(180);
    assertThat(onFx(() -> fx.session().resultsProperty().get().complete())).isEqualTo(4);
    assertThat(onFx(() -> fx.session().resumableProperty().get())).isFalse();
    for (var e : complete.entrySet()) {
      assertThat(Files.getLastModifiedTime(e.getKey())).as("not run again: " + e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(StudyLedger.read(dir.resolve(StudyDirectory.PROGRESS)).runs()).hasSize(4);
  }
}

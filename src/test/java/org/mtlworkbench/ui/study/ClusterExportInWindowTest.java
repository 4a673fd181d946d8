package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.cluster.ClusterExport;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;
import org.testfx.api.FxToolkit;

/** "Export for cluster…" in the study window writes the study, its data and the spark-submit script into the chosen folder. */
class ClusterExportInWindowTest {
  @TempDir Path root;
  @TempDir Path files;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  private String said() throws Exception {
    return onFx(() -> fx.session().messageProperty().get());
  }

  @Test
  void theStudyOnScreenIsWrittenWithItsScriptForTheChosenMaster() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(2, ""));
    fx.robot.clickOn("#studyStrategy-pcgrad");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("2");
    Path folder = files.resolve("for-the-cluster");
    fx.cluster = new ClusterExportAction.Target(folder, "spark://head:7077");
    fx.robot.clickOn("#studyExportCluster");
    awaitFx(30, () -> fx.session().messageProperty().get().startsWith("Exported the study for a cluster"));

    Study exported = StudyFiles.load(folder.resolve(ClusterExport.STUDY_FILE));
    assertThat(exported.strategies()).containsExactly("equal", "pcgrad");
    assertThat(exported.seeds()).hasSize(2);
    String script = Files.readString(folder.resolve(ClusterExport.SUBMIT_SCRIPT));
    assertThat(script).contains("spark://head:7077").contains("spark-submit");
    assertThat(folder.resolve(ClusterExport.SUBMIT_SCRIPT)).isExecutable();
    assertThat(said()).contains(folder.toString()).contains("./submit.sh");
  }

  @Test
  void aFolderThatIsNotEmptyIsRefusedInOneLineAndKeepsItsFiles() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(2, ""));
    Path folder = Files.createDirectories(files.resolve("busy"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    fx.cluster = new ClusterExportAction.Target(folder, "spark://head:7077");
    fx.robot.clickOn("#studyExportCluster");
    awaitFx(30, () -> fx.session().messageProperty().get().startsWith("Not exported"));

    assertThat(said()).contains("give a new or empty folder").doesNotContain("\n");
    assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(folder.resolve(ClusterExport.STUDY_FILE)).doesNotExist();
  }
}

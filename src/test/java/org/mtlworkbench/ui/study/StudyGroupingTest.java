package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyPlan;
import org.mtlworkbench.study.TaskGroups;

/**
 * "Test this grouping" in the study window: on a finished study with task affinity, one click
 * starts the study that trains the suggested groups each as its own model; the setup shows the
 * grouping, and the table gains the grouped rows, whose means are the group runs' own metrics.
 * While a study runs, the button is off and its line says why.
 */
class StudyGroupingTest {
  @TempDir Path root;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    StudyFixture.close(fx);
  }

  @Test
  void testThisGroupingStartsTheGroupedStudyAndItsRowsFillTheTable() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.threeTasks("grouping study", 1500, 4));
    fx.robot.clickOn("#studyAffinity").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("2");
    fx.robot.clickOn("#studyStart");
    fx.robot.clickOn("Task affinity");
    fx.awaitEnded(120);
    Path first = onFx(() -> fx.session().dirProperty().get());
    Button test = fx.robot.lookup("#studyTestGrouping-hard-2").query();
    assertThat(onFx(test::isDisabled)).isFalse();
    AffinityReport.Grouping two = onFx(() -> fx.session().resultsProperty().get().affinity().get(0).report().groupings().get(0));
    assertThat(two.groups()).hasSize(2);

    fx.robot.clickOn("#studyTestGrouping-hard-2");
    assertThat(onFx(() -> fx.session().stateProperty().get().active())).isTrue();
    // while a study runs, the button (bound to the session's state) is off: no second study on top
    assertThat(onFx(() -> fx.session().stateProperty().get().active() && test.isDisabled())).isTrue();
    fx.awaitEnded(240);
    Study grouped = onFx(() -> fx.session().studyProperty().get());
    assertThat(grouped.groups()).isEqualTo(two.groups());
    assertThat(grouped.baselines()).isTrue();
    assertThat(grouped.strategies()).containsExactly("equal");
    assertThat(grouped.seeds()).containsExactly(5L, 6L);
    Path dir = onFx(() -> fx.session().dirProperty().get());
    assertThat(dir).isNotEqualTo(first);
    assertThat(onFx(() -> fx.session().messageProperty().get())).startsWith("Done: ");
    // the setup says what is tested
    assertThat(onFx(() -> fx.robot.lookup("#studyGroups").queryAs(Label.class).getText()))
        .startsWith("Groups: " + TaskGroups.label(two.groups()));

    // the table: all tasks together and grouped, three tasks each
    StudyTable table = fx.robot.lookup("#studyTable").query();
    String label = "equal · grouped " + TaskGroups.label(two.groups());
    awaitFx(10, () -> table.getItems().size() == 6);
    List<StudyRow> rows = onFx(() -> List.copyOf(table.getItems()));
    assertThat(rows).extracting(StudyRow::strategy).containsExactly("equal", "equal", "equal", label, label, label);
    // a grouped row's mean is its group's runs' metric (or the baseline's, for a group of one)
    for (StudyRow row : rows.subList(3, 6)) {
      String task = row.taskName();
      List<String> group = two.groups().stream().filter(g -> g.contains(task)).findFirst().orElseThrow();
      String folder = group.size() == 1 ? StudyPlan.BASELINES + "/" + task : "groups/equal/" + TaskGroups.joined(group);
      double expected = (StudyFixture.metric(dir.resolve(folder).resolve("seed-5"), task)
          + StudyFixture.metric(dir.resolve(folder).resolve("seed-6"), task)) / 2;
      assertThat(row.mean()).as(task).isCloseTo(expected, within(1e-12));
    }
    // the answers say together against grouped for each task
    assertThat(onFx(() -> fx.robot.lookup(".study-answer").queryAll().stream().map(n -> ((Label) n).getText()).toList()))
        .filteredOn(t -> t.contains(" together ")).hasSize(3);

    // Clear: the next study tests no grouping
    fx.robot.clickOn("#studyGroupsClear");
    assertThat(onFx(() -> fx.view.choices().groupsProperty().get())).isEmpty();
    assertThat(onFx(() -> fx.robot.lookup("#studyGroups").queryAs(Label.class).getParent().isVisible())).isFalse(); // the line
  }
}

package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.metric;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * The study view driven through its controls: choosing a study, the reasons Start is off, running
 * a small study to the end with the table checked against numbers worked out here from the run
 * directories, and a run that diverges shown with its reason while the others finish.
 */
class StudyViewTest {
  @TempDir Path root;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    StudyFixture.close(fx);
  }

  private Button start() {
    return fx.robot.lookup("#studyStart").queryButton();
  }

  private String reason() {
    return fx.robot.lookup("#studyReason").queryAs(Label.class).getText();
  }

  @Test
  void startIsOffWithItsReasonWithoutAStrategyOrWithFewerThanOneSeed() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(2, ""));
    // the experiment's own strategy and sharing scheme are ticked to begin with
    assertThat(onFx(() -> fx.view.choices().strategies())).containsExactly("equal");
    assertThat(start().isDisabled()).isFalse();

    fx.robot.clickOn("#studyStrategy-equal");
    awaitFx(5, () -> start().isDisabled());
    assertThat(reason()).isEqualTo("Choose at least one strategy.");

    fx.robot.clickOn("#studyStrategy-pcgrad");
    awaitFx(5, () -> !start().isDisabled());
    assertThat(reason()).isEmpty();

    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("0");
    awaitFx(5, () -> start().isDisabled());
    assertThat(reason()).isEqualTo("Seeds must be 1 or more, got 0.");
    fx.robot.write("x"); // not a digit: refused by the field, nothing thrown
    assertThat(onFx(() -> fx.robot.lookup("#studySeeds").queryTextInputControl().getText())).isEqualTo("0");
    fx.robot.eraseText(1).write("2");
    awaitFx(5, () -> !start().isDisabled());
    assertThat(onFx(() -> fx.view.choices().seedsProperty().get())).isEqualTo(2);
  }

  @Test
  void aStudyOfTwoStrategiesAndTwoSeedsFillsTheTableAsRunsFinish() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(2, ""));
    fx.robot.clickOn("#studyStrategy-pcgrad");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("2");
    List<Integer> seen = new ArrayList<>();
    onFx(() -> {
      fx.session().resultsProperty().addListener((obs, old, now) -> {
        if (now != null) {
          seen.add(now.complete());
        }
      });
      return true;
    });
    awaitFx(5, () -> !start().isDisabled());
    fx.robot.clickOn("#studyStart");
    fx.awaitEnded(120);

    // 2 strategies × 2 seeds + 2 tasks × 2 seeds of baselines
    Path dir = onFx(() -> fx.session().dirProperty().get());
    assertThat(dir.getParent()).isEqualTo(root);
    assertThat(dir).isDirectoryContaining("glob:**/study.json").isDirectoryContaining("glob:**/summary.csv");
    assertThat(onFx(() -> fx.robot.lookup("#studyProgress").queryAs(Label.class).getText())).startsWith("8 of 8 runs complete");
    assertThat(onFx(() -> fx.robot.lookup("#studyMessage").queryAs(Label.class).getText())).startsWith("Done: 8 runs");
    // the table filled while the study ran, not only at its end
    assertThat(seen).contains(0, 8).anyMatch(n -> n > 0 && n < 8);

    StudyTable table = fx.robot.lookup("#studyTable").query();
    assertThat(onFx(() -> table.getItems().size())).isEqualTo(4);
    for (String strategy : List.of("equal", "pcgrad")) {
      for (String task : List.of("y1", "y2")) {
        // mean and sample std over the seeds, and Δ_k = (single-task − multi-task) / single-task
        // per seed (mse: lower is better; Maninis et al. 2019), worked out from the run.json files
        double[] m = {metric(dir.resolve(strategy + "/seed-5"), task), metric(dir.resolve(strategy + "/seed-6"), task)};
        double[] s = {metric(dir.resolve("baselines/" + task + "/seed-5"), task),
            metric(dir.resolve("baselines/" + task + "/seed-6"), task)};
        double mean = (m[0] + m[1]) / 2;
        double std = Math.abs(m[0] - m[1]) / Math.sqrt(2);
        double delta = ((s[0] - m[0]) / s[0] + (s[1] - m[1]) / s[1]) / 2;
        StudyRow row = onFx(() -> table.getItems().stream()
            .filter(r -> r.strategy().equals(strategy) && r.taskName().equals(task)).findFirst().orElseThrow());
        assertThat(row.mean()).isCloseTo(mean, within(1e-9));
        assertThat(row.std()).isCloseTo(std, within(1e-9));
        assertThat(row.deltaMean()).isCloseTo(delta, within(1e-9));
        String shown = Numbers.meanStd(mean, std) + (row.best() ? "  " + SweepSummaryWriter.BEST : "");
        awaitFx(10, () -> cells().contains(shown)); // cells show the new items at the next pulse
      }
    }
    // exactly one strategy is marked best per task: the one with the lower mean mse
    for (String task : List.of("y1", "y2")) {
      List<StudyRow> rows = onFx(() -> table.getItems().stream().filter(r -> r.taskName().equals(task)).toList());
      StudyRow lower = rows.get(0).mean() <= rows.get(1).mean() ? rows.get(0) : rows.get(1);
      assertThat(rows.stream().filter(StudyRow::best).toList()).containsExactly(lower);
    }
    // one sentence per task answers the question, first
    assertThat(onFx(() -> fx.robot.lookup("#studyAnswers").queryAs(javafx.scene.layout.VBox.class).getChildren().size()))
        .isEqualTo(2);
  }

  @Test
  void clickingAColumnHeaderSortsByItsNumber() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(1, ""));
    fx.robot.clickOn("#studyStrategy-pcgrad").clickOn("#studyStrategy-mgda").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("1");
    fx.robot.clickOn("#studyStart");
    fx.awaitEnded(120);
    StudyTable table = fx.robot.lookup("#studyTable").query();
    fx.robot.clickOn(fx.robot.lookup(".column-header").match((Node n) -> "studyColMetric".equals(n.getId())).<Node>query());
    List<Double> ascending = onFx(() -> table.getItems().stream().map(StudyRow::mean).toList());
    assertThat(ascending).hasSize(6).isSorted();
    fx.robot.clickOn(fx.robot.lookup(".column-header").match((Node n) -> "studyColMetric".equals(n.getId())).<Node>query());
    List<Double> descending = onFx(() -> table.getItems().stream().map(StudyRow::mean).toList());
    assertThat(descending).hasSize(6).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aRunThatDivergesShowsAsFailedWithItsReasonWhileTheOthersFinish() throws Exception {
    // under plain SGD, "static" with an absurd weight on y1 blows the loss up; "equal" ignores the weights
    fx = new StudyFixture(root).show(StudyFixture.experiment(2, ", \"optimizer\": {\"type\": \"sgd\", \"learningRate\": 0.01},"
        + " \"strategy\": {\"name\": \"static\", \"weights\": {\"y1\": 1e6}}"));
    fx.robot.clickOn("#studyStrategy-equal").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("1");
    fx.robot.clickOn("#studyStart");
    fx.awaitEnded(120);
    StudyTable table = fx.robot.lookup("#studyTable").query();
    StudyRow stat = onFx(() -> table.getItems().stream().filter(r -> r.strategy().equals("static")).findFirst().orElseThrow());
    assertThat(stat.task()).isNull();
    assertThat(stat.status()).startsWith("diverged: ").contains("seed 5");
    awaitFx(10, () -> cells().stream().anyMatch(t -> t.startsWith("diverged: "))); // drawn at the next pulse
    StudyResults r = onFx(() -> fx.session().resultsProperty().get());
    assertThat(r.group("equal", "hard").allFinished()).isTrue();
    assertThat(onFx(() -> table.getItems().stream().filter(x -> x.strategy().equals("equal")).count())).isEqualTo(2);
    assertThat(onFx(() -> fx.robot.lookup("#studyMessage").queryAs(Label.class).getText()))
        .isEqualTo("1 of 2 runs did not finish (see the table); the others did.");
  }

  /** The texts the table's cells show now (call on the FX thread). */
  private List<String> cells() {
    return fx.robot.lookup("#studyTable .table-cell").queryAll().stream()
        .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
  }
}

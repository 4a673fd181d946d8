package org.mtlworkbench.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.StoredStatus;
import org.mtlworkbench.store.Workspace;

/** The runs view's logic on a workspace of hand-made runs. */
class RunsViewModelTest {
  static final String PCGRAD = "two tasks pcgrad · hard · pcgrad · seed 2";
  static final String EQUAL = "two tasks · hard · equal · seed 1";

  @TempDir Path root;
  private RunsViewModel model;

  @BeforeEach
  void twoRuns() throws Exception {
    HandMadeRuns.write(root, "20261129-090000-equal", "two tasks", "equal", 1, "finished",
        Instant.parse("2026-11-29T09:00:00Z"), 10, 0.8, 0.6);
    HandMadeRuns.write(root, "20261129-100000-pcgrad", "two tasks pcgrad", "pcgrad", 2, "diverged",
        Instant.parse("2026-11-29T10:00:00Z"), 20, 0.7, 0.9);
    Files.createDirectories(root.resolve("not-a-run"));
    model = new RunsViewModel(new Workspace(root));
    model.refresh();
  }

  @Test
  void everyRunIsListedNewestFirstWithItsStatusAndTheTaskColumns() {
    assertThat(model.shown()).extracting(RunEntry::name).containsExactly(PCGRAD, EQUAL);
    assertThat(model.shown()).extracting(RunEntry::status).containsExactly(StoredStatus.DIVERGED, StoredStatus.FINISHED);
    assertThat(model.tasks()).containsExactly("y1", "y2");
    assertThat(model.metrics()).first().isEqualTo(RunsViewModel.TASK_METRIC);
    assertThat(model.metrics()).containsExactlyInAnyOrder(RunsViewModel.TASK_METRIC, "loss", "r2");
    assertThat(model.messageProperty().get()).startsWith("2 runs in ");
  }

  @Test
  void theTaskColumnsShowTheChosenFinalMetric() {
    RunEntry pcgrad = model.shown().get(0);
    assertThat(model.metricProperty().get()).as("each task's own metric").isEqualTo(RunsViewModel.TASK_METRIC);
    // mse for a regression task, but these runs recorded r2 only: the recorded metric stands in
    assertThat(pcgrad.taskMetrics()).containsEntry("y2", "r2");
    assertThat(model.finalValue(pcgrad, "y2")).isEqualTo(0.9);
    assertThat(model.header("y2")).isEqualTo("y2\nr2 · validation");
    model.metricProperty().set("loss");
    assertThat(model.finalValue(pcgrad, "y2")).isEqualTo(2.0 / 20);
    assertThat(model.finalValue(pcgrad, "y3")).isNull();
  }

  @Test
  void theFilterMatchesEveryWordInNameDatasetStrategyOrStatus() {
    model.filterProperty().set("PCGRAD");
    assertThat(model.shown()).extracting(RunEntry::name).containsExactly(PCGRAD);
    model.filterProperty().set("finished");
    assertThat(model.shown()).extracting(RunEntry::name).containsExactly(EQUAL);
    model.filterProperty().set("correlated-high equal");
    assertThat(model.shown()).extracting(RunEntry::name).containsExactly(EQUAL);
    model.filterProperty().set("tasks nothing-like-this");
    assertThat(model.shown()).isEmpty();
    model.filterProperty().set("  ");
    assertThat(model.shown()).hasSize(2);
  }

  @Test
  void deleteRemovesTheFolderAndTheRow() {
    RunEntry equal = model.shown().get(1);
    assertThat(model.delete(equal)).isTrue();
    assertThat(equal.dir()).doesNotExist();
    assertThat(model.shown()).extracting(RunEntry::name).containsExactly(PCGRAD);
    model.refresh();
    assertThat(model.runs()).hasSize(1);
  }

  @Test
  void aRefusedDeleteKeepsTheRowAndSaysWhy() throws Exception {
    RunEntry equal = model.shown().get(1);
    Files.delete(equal.dir().resolve("run.json"));
    assertThat(model.delete(equal)).isFalse();
    assertThat(model.messageProperty().get()).startsWith("Not deleted: ").contains("no run.json");
    assertThat(model.shown()).hasSize(2);
  }

  @Test
  void datesReadInTheLocalZone() {
    RunEntry e = model.shown().get(0);
    assertThat(RunsViewModel.date(e)).isEqualTo(RunsViewModel.DATE.format(
        Instant.parse("2026-11-29T10:00:00Z").atZone(java.time.ZoneId.systemDefault())));
  }
}

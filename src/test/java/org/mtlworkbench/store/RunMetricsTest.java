package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.MetricsLog;

/** RunMetrics against a small metrics.csv and conflicts.csv written by hand. */
class RunMetricsTest {
  static final String HEADER =
      "step,epoch,task,split,loss,weight,grad_norm,loss_ratio,learning_rate,grad_norm_L0,mse,mae,r2,accuracy,macro_f1\n";
  // Two tasks, two steps per epoch. Step 1 has no gradient diagnostics (empty cells); after
  // epoch 0 (at step 2) both tasks are evaluated on validation; task a's gradient at step 2 is
  // infinite (written "inf").
  static final String ROWS =
      "0,0,a,train,2.5,1,0.5,1,0.1,0.375,,,,,\n"
          + "0,0,b,train,4,1,2,1,0.1,1.5,,,,,\n"
          + "1,0,a,train,2,0.5,,0.8,0.1,,,,,,\n"
          + "1,0,b,train,3,1.5,,0.75,0.1,,,,,,\n"
          + "2,0,a,validation,1.5,,,,,,1.5,1,0.25,,\n"
          + "2,0,b,validation,0.7,,,,,,,,,0.75,0.5\n"
          + "2,1,a,train,1,0.5,inf,0.4,0.05,0.125,,,,,\n"
          + "2,1,b,train,2,1.5,1,0.5,0.05,0.875,,,,,\n";
  static final String CONFLICTS = "step,task_a,task_b,cosine\n0,a,b,-0.5\n2,a,b,0.25\n";

  @TempDir Path dir;

  private RunMetrics write(String metrics, String conflicts) throws Exception {
    Files.writeString(dir.resolve("metrics.csv"), metrics);
    Files.writeString(dir.resolve("conflicts.csv"), conflicts);
    return RunMetrics.read(dir);
  }

  @Test
  void seriesPickOneTaskSplitAndColumnAndSkipEmptyCells() throws Exception {
    RunMetrics m = write(HEADER + ROWS, CONFLICTS);
    assertThat(m.tasks()).containsExactly("a", "b");
    assertThat(m.columns()).startsWith("loss", "weight", "grad_norm").contains("grad_norm_L0", "macro_f1").hasSize(11);
    assertThat(m.layers()).containsExactly("L0");

    Series loss = m.series("a", "train", "loss");
    assertThat(loss.steps()).containsExactly(0, 1, 2);
    assertThat(loss.values()).containsExactly(2.5, 2, 1);
    // b's gradient was not measured at step 1: two points, not three
    Series gradB = m.series("b", "train", "grad_norm");
    assertThat(gradB.steps()).containsExactly(0, 2);
    assertThat(gradB.values()).containsExactly(2, 1);
    assertThat(m.series("a", "train", "grad_norm").values()).containsExactly(0.5, Double.POSITIVE_INFINITY);
    // the learning rate is written as the float 0.1 and read back as the double 0.1
    assertThat(m.series("b", "train", "learning_rate").values()).containsExactly(0.1, 0.1, 0.05);
    assertThat(m.series("a", "validation", "r2").steps()).containsExactly(2);
    assertThat(m.series("a", "validation", "r2").values()).containsExactly(0.25);
    assertThat(m.series("b", "validation", "accuracy").values()).containsExactly(0.75);
    assertThat(m.series("a", "validation", "accuracy").size()).isZero();
    assertThat(m.series("a", "test", "loss").size()).isZero();
    assertThat(m.series("c", "train", "loss").size()).isZero();
    assertThat(m.series("a", "train", "no_such_column").size()).isZero();
  }

  @Test
  void conflictIsTheSameInEitherOrder() throws Exception {
    RunMetrics m = write(HEADER + ROWS, CONFLICTS);
    Series ab = m.conflict("a", "b");
    assertThat(ab.steps()).containsExactly(0, 2);
    assertThat(ab.values()).containsExactly(-0.5, 0.25);
    assertThat(m.conflict("b", "a").values()).containsExactly(-0.5, 0.25);
    assertThat(m.conflict("a", "c").size()).isZero();
  }

  @Test
  void replayRebuildsTheStepsAndEvaluationsTheTrainerPublished() throws Exception {
    MetricsLog log = write(HEADER + ROWS, CONFLICTS).replay();
    assertThat(log.taskNames()).containsExactly("a", "b");
    assertThat(log.layerNames()).containsExactly("L0");
    assertThat(log.size()).isEqualTo(3);
    assertThat(log.step(2)).isEqualTo(2);
    assertThat(log.epoch(2)).isEqualTo(1);
    assertThat(log.learningRate(2)).isEqualTo(0.05f);
    assertThat(log.value(MetricsLog.Series.LOSS, 1, 0)).isEqualTo(4f);
    assertThat(log.value(MetricsLog.Series.WEIGHT, 0, 1)).isEqualTo(0.5f);
    assertThat(log.value(MetricsLog.Series.LOSS_RATIO, 1, 1)).isEqualTo(0.75f);
    assertThat(log.value(MetricsLog.Series.GRAD_NORM, 1, 0)).isEqualTo(2f);
    assertThat(log.value(MetricsLog.Series.GRAD_NORM, 1, 1)).isNaN();
    assertThat(log.layerNorm(0, 0, 0)).isEqualTo(0.375f);
    assertThat(log.layerNorm(1, 0, 2)).isEqualTo(0.875f);
    assertThat(log.cosine(0, 1, 0)).isEqualTo(-0.5f);
    assertThat(log.cosine(1, 0, 1)).isNaN();
    assertThat(log.cosine(1, 0, 2)).isEqualTo(0.25f);
    List<EpochRecord> evaluations = log.evaluations();
    assertThat(evaluations).hasSize(1);
    EpochRecord v = evaluations.get(0);
    assertThat(v.split()).isEqualTo("validation");
    assertThat(v.step()).isEqualTo(2);
    assertThat(v.epoch()).isZero();
    assertThat(v.tasks().get(0).loss()).isEqualTo(1.5);
    assertThat(v.tasks().get(0).metrics()).containsExactly(Map.entry("mse", 1.5), Map.entry("mae", 1.0), Map.entry("r2", 0.25));
    assertThat(v.tasks().get(1).metrics()).containsOnly(Map.entry("accuracy", 0.75), Map.entry("macro-f1", 0.5));
  }

  @Test
  void aLastLineCutShortByACrashIsIgnored() throws Exception {
    // no line break at the end: the writer was in the middle of the line
    RunMetrics cut = write(HEADER + ROWS + "3,1,a,train,0.9,0.5,0.2", CONFLICTS + "3,a,b,0.");
    assertThat(cut.series("a", "train", "loss").values()).containsExactly(2.5, 2, 1);
    assertThat(cut.conflict("a", "b").steps()).containsExactly(0, 2);
    // a line break but too few fields (a torn write): also the crash's damage, also ignored
    RunMetrics torn = write(HEADER + ROWS + "3,1,a,train\n", CONFLICTS);
    assertThat(torn.series("a", "train", "loss").steps()).containsExactly(0, 1, 2);
    // a header not finished yet: nothing recorded, nothing wrong
    RunMetrics early = write("step,epoch,ta", "");
    assertThat(early.tasks()).isEmpty();
    assertThat(early.series("a", "train", "loss").size()).isZero();
  }

  @Test
  void aBrokenLineInTheMiddleIsNamedByFileAndLine() throws Exception {
    String badNumber = HEADER + ROWS.replace("1,0,a,train,2,0.5,", "1,0,a,train,two,0.5,");
    assertThatThrownBy(() -> write(badNumber, CONFLICTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(dir.resolve("metrics.csv") + ", line 4, column 'loss': 'two' is not a number")
        .hasMessageNotContaining("\n");
    String shortLine = HEADER + ROWS.replace("1,0,b,train,3,1.5,,0.75,0.1,,,,,,\n", "1,0,b,train,3\n");
    assertThatThrownBy(() -> write(shortLine, CONFLICTS))
        .isInstanceOf(InputException.class)
        .hasMessage(dir.resolve("metrics.csv") + ", line 5: 5 fields where the header has 15");
    String badStep = CONFLICTS.replace("0,a,b", "zero,a,b") + "4,a,b,0.5\n";
    assertThatThrownBy(() -> write(HEADER + ROWS, badStep))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(dir.resolve("conflicts.csv") + ", line 2, column 'step': 'zero' is not a whole number");
  }

  @Test
  void aForeignHeaderIsRefused() throws Exception {
    assertThatThrownBy(() -> write("time,value\n1,2\n", ""))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir.resolve("metrics.csv") + ", line 1: the header must start with step,epoch,task,split");
  }

  @Test
  void aRunWithNoRowsYetStillKnowsItsTasksFromRunJson() throws Exception {
    StoredRuns.run(dir, "early", "running", "2026-01-01T10:00:00Z");
    Files.writeString(dir.resolve("metrics.csv"), "step,epoch,ta");
    StoredRun run = RunReader.read(dir);
    assertThat(run.status()).isEqualTo(StoredStatus.CRASHED);
    assertThat(run.metrics().tasks()).containsExactly("y1", "y2");
    assertThat(run.metrics().replay().taskNames()).containsExactly("y1", "y2");
    assertThat(run.metrics().replay().size()).isZero();
  }

  @Test
  void aMissingOrBrokenRunJsonIsOneLineNamingTheFile() throws Exception {
    assertThatThrownBy(() -> RunReader.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessage(dir.resolve("run.json") + ": no such file (not a run directory)");
    Files.writeString(dir.resolve("run.json"), "{\n  \"formatVersion\": 1,\n  \"name\": [\n");
    assertThatThrownBy(() -> RunReader.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir.resolve("run.json") + ", line ")
        .hasMessageNotContaining("\n");
    Files.writeString(dir.resolve("run.json"), "{\"formatVersion\": 1, \"seed\": null}");
    assertThatThrownBy(() -> RunReader.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir.resolve("run.json") + ", line 1, column ")
        .hasMessageContaining("field 'seed'");
    StoredRuns.run(dir, "odd", "exploded", "2026-01-01T10:00:00Z");
    assertThatThrownBy(() -> RunReader.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir.resolve("run.json") + ", field 'status': unknown value 'exploded'");
  }
}

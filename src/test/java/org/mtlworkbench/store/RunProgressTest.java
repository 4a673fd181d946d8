package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * The case: a train killed with kill -9 after 3,450 of 30,000 steps, metrics.csv holding
 * them (its last line cut short), run.json still as written at the start. The run must say where
 * it stopped and how long it ran, not "0 of 30000 steps · 0 s".
 */
class RunProgressTest {
  private static final Instant START = Instant.parse("2026-11-29T09:00:00Z");

  @TempDir Path dir;

  /** run.json as the writer leaves it at the start: running, 0 steps, 0 s. */
  private void startManifest(String status, long steps, double wall) throws Exception {
    ExperimentSpec spec = ExperimentFiles.parse(TinyExperiments.twoTasks(600), "test");
    RunManifest m = new RunManifest(1, "crash", status, status, null, "mtl-workbench train x.json", 1, START.toString(), null, wall, steps,
        30_000, List.of("y1", "y2"), List.of("dense0"), Map.of(), Map.of(), spec, Map.of(), null, null, null);
    Files.writeString(dir.resolve(RunFiles.MANIFEST), ExperimentFiles.mapper().writeValueAsString(m));
  }

  /** Training rows of steps 0 .. last for two tasks, then half a line. */
  private void metrics(long last) throws Exception {
    StringBuilder b = new StringBuilder("step,epoch,task,split,loss,weight,grad_norm\n");
    for (long s = 0; s <= last; s++) {
      b.append(s).append(",0,y1,train,0.5,1,0.1\n").append(s).append(",0,y2,train,0.25,1,0.2\n");
    }
    b.append(last + 1).append(",0,y1,tr");
    Files.writeString(dir.resolve(RunFiles.METRICS), b);
  }

  @Test
  void aCrashedRunSaysWhereItStoppedAndHowLongItRanFromWhatItLeft() throws Exception {
    startManifest("running", 0, 0);
    metrics(3449);
    Files.setLastModifiedTime(dir.resolve(RunFiles.METRICS), FileTime.from(START.plusSeconds(62)));
    Files.setLastModifiedTime(dir.resolve(RunFiles.MANIFEST), FileTime.from(START));

    StoredRun run = RunReader.read(dir);
    assertThat(run.status()).isEqualTo(StoredStatus.CRASHED);
    RunProgress p = run.progress();
    assertThat(p.steps()).isEqualTo(3450);
    assertThat(p.totalSteps()).isEqualTo(30_000);
    assertThat(p.wallSeconds()).isEqualTo(62.0);
    assertThat(p.fromFiles()).isTrue();
    assertThat(p.describe()).isEqualTo("3,450 of 30,000 steps · 1:02");

    RunEntry listed = new Workspace(dir.getParent()).list().stream().filter(e -> e.dir().equals(dir)).findFirst().orElseThrow();
    assertThat(listed.steps()).isEqualTo(3450);
    assertThat(listed.progress().wallSeconds()).isEqualTo(62.0);
  }

  @Test
  void aValidationRowCountsTheStepsDoneAndAnEndedRunIsTakenFromRunJson() throws Exception {
    startManifest("running", 0, 0);
    Files.writeString(dir.resolve(RunFiles.METRICS), "step,epoch,task,split,loss,weight,grad_norm\n99,0,y1,train,1,1,1\n"
        + "100,0,y1,validation,1,,\n");
    assertThat(RunProgress.lastStep(dir.resolve(RunFiles.METRICS))).isEqualTo(100);

    startManifest("stopped", 120, 4.5);
    assertThat(RunReader.read(dir).progress()).isEqualTo(new RunProgress(120, 30_000, 4.5, false));
  }

  @Test
  void noMetricsOrOnlyAHeaderMeansNoStepsAndADamagedLastLineIsNotTakenForAStep() throws Exception {
    startManifest("running", 0, 0);
    assertThat(RunReader.read(dir).progress().steps()).isZero();
    Files.writeString(dir.resolve(RunFiles.METRICS), "step,epoch,task,split,loss\n");
    assertThat(RunReader.read(dir).progress().steps()).isZero();
    Files.writeString(dir.resolve(RunFiles.METRICS), "step,epoch,task,split,loss\nabc,0,y1,train,1\n");
    assertThat(RunProgress.lastStep(dir.resolve(RunFiles.METRICS))).isZero();
  }

  @Test
  void aCrashedRunIsListedWithTheLastValidationValuesItWrote() throws Exception {
    startManifest("running", 0, 0);
    Files.writeString(dir.resolve(RunFiles.METRICS), "step,epoch,task,split,loss,weight,grad_norm,mse\n"
        + "49,0,y1,train,1,1,1,\n49,0,y2,train,1,1,1,\n50,0,y1,validation,0.7,,,0.7\n50,0,y2,validation,0.9,,,0.9\n"
        + "99,1,y1,train,1,1,1,\n99,1,y2,train,1,1,1,\n100,1,y1,validation,0.5,,,0.5\n100,1,y2,validation,0.625,,,0.625\n"
        + "120,2,y1,train,1,1,1,\n120,2,y2,tra");

    RunEntry listed = new Workspace(dir.getParent()).list().stream().filter(e -> e.dir().equals(dir)).findFirst().orElseThrow();

    assertThat(listed.status()).isEqualTo(StoredStatus.CRASHED);
    assertThat(listed.steps()).isEqualTo(121);
    assertThat(listed.finalSplit()).isEqualTo(RunFiles.VALIDATION);
    assertThat(listed.finalMetrics()).isEqualTo(Map.of("y1", Map.of("loss", 0.5, "mse", 0.5), "y2", Map.of("loss", 0.625, "mse", 0.625)));
    assertThat(listed.taskMetrics()).containsEntry("y1", "mse");
  }
}

package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.StepRecord;
import org.mtlworkbench.train.TaskEvaluation;

/**
 * The run directory's names have one home, {@link RunFiles}: the writer writes the documented
 * contract (README, "The run directory", spelled out here by hand) and the reader finds every
 * column the writer wrote through the same names.
 */
class RunFilesTest {
  private static final List<String> LAYERS = List.of("dense0", "dense1");

  @TempDir Path dir;

  private RunDirectoryWriter started() {
    var spec = ExperimentFiles.parse(TinyExperiments.twoTasks(1), "test");
    RunDirectoryWriter w = new RunDirectoryWriter(dir, new RunManifestWriter(dir, spec, null, "test", Map.of()));
    w.onStart(new RunInfo(List.of("y1", "y2"), LAYERS, 100, 10, "equal", "hard"));
    return w;
  }

  /** One measured step whose every number is different and exact in float. */
  private static StepRecord step() {
    var g = new GradientSnapshot(new double[] {3, 5}, new double[][] {{0.5, 1.5}, {2.5, 3.5}},
        new double[][] {{1, -0.75}, {-0.75, 1}});
    return new StepRecord(7, 1, 0.125, new double[] {0.5, 0.25}, new double[] {1.5, 0.5}, new double[] {0.75, 1.25}, g, 0);
  }

  private static EpochRecord validation() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("mse", 0.5);
    metrics.put("mae", 0.25);
    metrics.put("r2", 0.875);
    metrics.put("accuracy", 0.625);
    metrics.put("macro-f1", 0.375);
    return new EpochRecord(7, 1, "validation", List.of(new TaskEvaluation(0.0625, metrics, 10), new TaskEvaluation(2, Map.of(), 10)));
  }

  @Test
  void theWriterWritesTheDocumentedFilesAndHeaders() throws Exception {
    RunDirectoryWriter w = started();
    try {
      assertThat(dir.resolve("run.lock")).exists();
      assertThat(Files.readAllLines(dir.resolve("metrics.csv")).get(0)).isEqualTo(
          "step,epoch,task,split,loss,weight,grad_norm,loss_ratio,learning_rate,grad_norm_dense0,grad_norm_dense1,"
              + "mse,mae,r2,accuracy,macro_f1,self_agreement,update_cosine");
      assertThat(Files.readAllLines(dir.resolve("conflicts.csv")).get(0)).isEqualTo("step,task_a,task_b,cosine,lagged_cosine");
      assertThat(dir.resolve("run.json")).exists();
    } finally {
      w.onFinish(new RunOutcome(RunStatus.STOPPED, "stopped by the test", 0, 0.1, null, null));
    }
    assertThat(RunFiles.metricsHeader(LAYERS)).isEqualTo(List.of(Files.readAllLines(dir.resolve(RunFiles.METRICS)).get(0).split(",")));
  }

  @Test
  void everyColumnTheWriterWritesIsReadBackByItsName() {
    RunDirectoryWriter w = started();
    w.onStep(step());
    w.onEpoch(validation());
    w.onFinish(new RunOutcome(RunStatus.STOPPED, "stopped by the test", 8, 0.1, null, null));

    RunMetrics m = RunReader.read(dir).metrics();
    assertThat(m.layers()).isEqualTo(LAYERS);
    assertThat(m.columns()).isEqualTo(RunFiles.metricsHeader(LAYERS).subList(RunFiles.METRICS_KEY.size(), 18));
    Map<String, Double> y1 = Map.of(RunFiles.LOSS, 0.5, RunFiles.WEIGHT, 1.5, RunFiles.GRAD_NORM, 3.0, RunFiles.LOSS_RATIO, 0.75,
        RunFiles.LEARNING_RATE, 0.125, RunFiles.layerColumn("dense0"), 0.5, RunFiles.layerColumn("dense1"), 1.5);
    y1.forEach((column, value) -> {
      Series s = m.series("y1", RunFiles.TRAIN, column);
      assertThat(s.steps()).as(column).containsExactly(7);
      assertThat(s.values()).as(column).containsExactly(value);
    });
    assertThat(m.series("y2", RunFiles.TRAIN, RunFiles.layerColumn("dense1")).values()).containsExactly(3.5);
    Map<String, Double> metrics = Map.of("mse", 0.5, "mae", 0.25, "r2", 0.875, "accuracy", 0.625, "macro_f1", 0.375);
    metrics.forEach((column, value) ->
        assertThat(m.series("y1", RunFiles.VALIDATION, column).values()).as(column).containsExactly(value));
    assertThat(RunFiles.METRICS_WITH_COLUMNS).map(RunFiles::metricColumn).containsExactlyElementsOf(
        List.of("mse", "mae", "r2", "accuracy", "macro_f1"));
    assertThat(m.series("y1", RunFiles.VALIDATION, RunFiles.LOSS).values()).containsExactly(0.0625);
    assertThat(m.conflict("y1", "y2").values()).containsExactly(-0.75);
    // and the replayed log gives the metrics back under the names experiment files use
    assertThat(m.replay().evaluations().get(0).tasks().get(0).metrics()).isEqualTo(validation().tasks().get(0).metrics());
  }
}

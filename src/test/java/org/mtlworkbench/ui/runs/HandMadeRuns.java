package org.mtlworkbench.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.train.TrainingSpec;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.ui.run.TinyExperiments;

/**
 * Run directories written by hand, as the run store's contract describes them (run.json and a
 * long-format metrics.csv), so the runs and compare views are tested on known numbers.
 */
final class HandMadeRuns {
  private HandMadeRuns() {}

  /**
   * A finished run of {@code tasks} (all of type {@code type}) as the window records it: the
   * experiment's name says hard sharing whatever it ran; final test metrics of {@code value} for
   * every task (the loss, and the type's metrics).
   */
  static Path ran(Path root, String folder, String experimentName, String sharing, String strategy, long seed, Instant startedAt,
      List<String> tasks, org.mtlworkbench.data.TaskType type, double value) throws IOException {
    Path dir = Files.createDirectories(root.resolve(folder));
    ExperimentSpec base = TinyExperiments.correlatedHigh(1);
    List<org.mtlworkbench.model.TaskSpec> specs = tasks.stream().map(t -> new org.mtlworkbench.model.TaskSpec(t, t,
        org.mtlworkbench.model.TaskSpec.typeId(type), null, null, null)).toList();
    ExperimentSpec spec = new ExperimentSpec(base.schemaVersion(), experimentName, base.data(), specs,
        base.model().withSharing(org.mtlworkbench.model.Sharing.parse(sharing)), base.optimizer(),
        base.training().withSeed(seed), new StrategySpec(strategy, null, null));
    Map<String, Map<String, Double>> test = new LinkedHashMap<>();
    for (String t : tasks) {
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("loss", value);
      for (String m : org.mtlworkbench.model.Task.metrics(type)) {
        values.put(m, value);
      }
      test.put(t, values);
    }
    RunManifest m = new RunManifest(1, experimentName, "finished", "finished", null, "mtl-workbench train x.json", seed,
        startedAt.toString(), startedAt.plusSeconds(62).toString(), 62.0, 100, 100, tasks, List.of("dense0"), Map.of(),
        Map.of("source", "correlated-high.csv"), spec, Map.of("validation", test, "test", test), List.of(), null, null);
    Files.writeString(dir.resolve("run.json"), ExperimentFiles.mapper().writeValueAsString(m));
    return dir;
  }

  /**
   * A finished (or otherwise ended) two-task run: tasks y1 and y2, {@code steps} training steps
   * whose y1 loss is {@code 1/step} and y2 loss {@code 2/step}, one validation row at the end;
   * final validation r2 of y1 and y2 as given.
   */
  static Path write(Path root, String folder, String name, String strategy, long seed, String status, Instant startedAt,
      int steps, double r2y1, double r2y2) throws IOException {
    Path dir = Files.createDirectories(root.resolve(folder));
    ExperimentSpec base = TinyExperiments.correlatedHigh(1);
    TrainingSpec t = base.training();
    ExperimentSpec spec = new ExperimentSpec(base.schemaVersion(), name, base.data(), base.tasks(), base.model(),
        base.optimizer(), new TrainingSpec(t.epochs(), t.batchSize(), seed, 1, 1, null), new StrategySpec(strategy, null, null));
    Map<String, Map<String, Double>> validation = new LinkedHashMap<>();
    validation.put("y1", Map.of("loss", 1.0 / steps, "r2", r2y1));
    validation.put("y2", Map.of("loss", 2.0 / steps, "r2", r2y2));
    RunManifest m = new RunManifest(1, name, status, status, null, "mtl-workbench train x.json --out " + dir, seed,
        startedAt.toString(), startedAt.plusSeconds(3).toString(), 3.0, steps, steps, List.of("y1", "y2"), List.of("dense0"),
        Map.of(), Map.of("source", "correlated-high.csv"), spec, Map.of("validation", validation), List.of(), null, null);
    Files.writeString(dir.resolve("run.json"), ExperimentFiles.mapper().writeValueAsString(m));
    StringBuilder csv = new StringBuilder("step,epoch,task,split,loss,weight,grad_norm,r2\n");
    for (int s = 1; s <= steps; s++) {
      csv.append(s).append(",0,y1,train,").append(1.0 / s).append(",1,0.5,\n");
      csv.append(s).append(",0,y2,train,").append(2.0 / s).append(",1,0.25,\n");
    }
    csv.append(steps).append(",0,y1,validation,").append(1.0 / steps).append(",,,").append(r2y1).append('\n');
    csv.append(steps).append(",0,y2,validation,").append(2.0 / steps).append(",,,").append(r2y2).append('\n');
    Files.writeString(dir.resolve("metrics.csv"), csv);
    Files.writeString(dir.resolve("conflicts.csv"), "step,task_a,task_b,cosine\n1,y1,y2,0.5\n");
    return dir;
  }
}

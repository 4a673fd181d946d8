package org.mtlworkbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.TransferVerdict;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/**
 * A run directory written by hand, with names a hostile dataset could carry: tasks called
 * {@code <script>alert(1)</script>} and {@code a&b"c'}, an experiment called {@code ../../x}. Its
 * numbers are fixed so tests can look for them.
 */
final class RunDirFixture {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String QUOTES = "a&b\"c'";
  static final String NAME = "../../x";
  static final int STEPS = 300;
  /** Final test metrics. */
  static final double SCRIPT_MSE = 0.4321;
  static final double QUOTES_MSE = 0.8765;
  /** Baseline (single-task) mse of the first task: Δ = (0.5 − 0.4321) / 0.5 = +13.58 %. */
  static final double SCRIPT_STL = 0.5;

  private RunDirFixture() {}

  static ExperimentSpec spec(String name, long seed, String learningRate) throws IOException {
    ObjectMapper json = new ObjectMapper();
    return ExperimentFiles.parse("""
        {"schemaVersion": 1, "name": %s,
         "data": {"generator": {"type": "correlated-regression", "rows": 100, "features": 4, "tasks": 2, "seed": 1}},
         "tasks": [{"target": %s, "metric": "mse"}, {"target": %s, "metric": "mse"}],
         "model": {"backbone": [{"units": 8}]},
         "optimizer": {"learningRate": %s},
         "training": {"seed": %d}}
        """.formatted(json.writeValueAsString(name), json.writeValueAsString(SCRIPT), json.writeValueAsString(QUOTES),
        learningRate, seed), "fixture");
  }

  /** The hostile run in {@code dir} (created). */
  static Path write(Path dir) throws IOException {
    return write(dir, NAME, 7, "0.01", 1.0);
  }

  /**
   * A run in {@code dir}: train losses {@code scale·(1 + 10/s)} (first task) and {@code scale·(2 + 5/s)}
   * (second) at steps s = 1..300, validation every 100 steps, cosines +0.5 except −0.5 on every
   * fourth step.
   */
  static Path write(Path dir, String name, long seed, String learningRate, double scale) throws IOException {
    Files.createDirectories(dir);
    List<String> tasks = List.of(SCRIPT, QUOTES);
    StringBuilder m = new StringBuilder(
        "step,epoch,task,split,loss,weight,grad_norm,loss_ratio,learning_rate,grad_norm_dense0,mse,mae,r2,accuracy,macro_f1\n");
    StringBuilder c = new StringBuilder("step,task_a,task_b,cosine\n");
    for (int s = 1; s <= STEPS; s++) {
      int epoch = (s - 1) / 100;
      double a = scale * (1 + 10.0 / s);
      double b = scale * (2 + 5.0 / s);
      m.append(row(s, epoch, tasks.get(0), "train", a, 0.6, 1 + 0.01 * s));
      m.append(row(s, epoch, tasks.get(1), "train", b, 1.4, 0.5));
      c.append(s).append(',').append(csv(tasks.get(0))).append(',').append(csv(tasks.get(1))).append(',')
          .append(s % 4 == 0 ? "-0.5" : "0.5").append('\n');
      if (s % 100 == 0) {
        m.append(String.format(Locale.ROOT, "%d,%d,%s,validation,%s,,,,,,%s,,,,%n", s, epoch, csv(tasks.get(0)), a * 1.1, a));
        m.append(String.format(Locale.ROOT, "%d,%d,%s,validation,%s,,,,,,%s,,,,%n", s, epoch, csv(tasks.get(1)), b * 1.1, b));
      }
    }
    Files.writeString(dir.resolve("metrics.csv"), m);
    Files.writeString(dir.resolve("conflicts.csv"), c);
    Map<String, Map<String, Map<String, Double>>> finals = new LinkedHashMap<>();
    Map<String, Map<String, Double>> test = new LinkedHashMap<>();
    test.put(SCRIPT, lossAndMse(SCRIPT_MSE * scale));
    test.put(QUOTES, lossAndMse(QUOTES_MSE * scale));
    finals.put("test", test);
    TransferRow row = new TransferRow(SCRIPT, "mse", false, List.of(SCRIPT_MSE), List.of(SCRIPT_STL), SCRIPT_MSE, null, SCRIPT_STL,
        null, List.of(0.1358), 0.1358, null, null, TransferVerdict.NOT_TESTED);
    TransferReport transfer = new TransferReport("test", "Welch's t-test", 0.05, List.of(seed),
        Map.of("test", new TransferTable(List.of(row), List.of(0.1358), 0.1358, null)), List.of());
    // a stored finding the report keeps as it is (gradient findings it recomputes from the metrics)
    Finding finding = new Finding(Finding.AFFINITY_HURTS, tasks, "tasks '" + SCRIPT + "' and '" + QUOTES + "' pull apart in 25% of steps",
        Map.of("share", 0.25));
    RunManifest manifest = new RunManifest(1, name, "finished", "finished after 3 epochs", null,
        "mtl-workbench train exp.json --out " + name + " --seed " + seed, seed, "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", 60,
        STEPS, STEPS, tasks, List.of("dense0"), Map.of("mtlWorkbench", "test", "java", "17"),
        Map.of("source", "generated <b>bold</b>", "features", 4), spec(name, seed, learningRate), finals, List.of(finding), null,
        transfer);
    Files.writeString(dir.resolve("run.json"), ExperimentFiles.mapper().writeValueAsString(manifest));
    return dir;
  }

  private static Map<String, Double> lossAndMse(double v) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("loss", v);
    m.put("mse", v);
    return m;
  }

  private static String row(int step, int epoch, String task, String split, double loss, double weight, double grad) {
    return String.format(Locale.ROOT, "%d,%d,%s,%s,%s,%s,%s,1,0.01,%s,,,,,%n", step, epoch, csv(task), split, loss, weight, grad,
        grad);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

package org.mtlworkbench.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.Calibration;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.TaskTransfer;
import org.mtlworkbench.diagnostics.TransferAnalysis;
import org.mtlworkbench.diagnostics.TransferVerdict;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunMetrics;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.train.LogFindings;

/**
 * Runs every staged case ({@link StagedCases}) over a list of seeds, each seed with its
 * single-task baselines — the machinery of {@code train --baselines --seeds} ({@link
 * TransferStudy}) — and turns what the findings claim into {@link Calibration.Trial}s: one per
 * run and gradient finding kind (the gradient findings recomputed from the run's stored metrics
 * with the settings given, so that a rule can be re-scored without training again), and one per
 * group of {@code transferGroup} consecutive seeds for negative transfer (Welch's verdict over
 * the group, as a seed study would give it).
 *
 * <p>Runs already finished in the output folder are reused when they ran the case's experiment as
 * it is now; an unfinished one (an interrupted calibration) or one of an experiment edited since is
 * moved aside to {@code seed-S.incomplete-N} and run again.
 */
public final class CalibrationStudy {
  private final JobRunner runner;
  private final Path out;
  private final Consumer<String> log;

  /**
   * @param out the calibration folder: {@code <case>/seed-S/} per run, {@code baselines/} the cache
   */
  public CalibrationStudy(JobRunner runner, Path out, Consumer<String> log) {
    this.runner = runner;
    this.out = out;
    this.log = log;
  }

  /**
   * The trials of the cases over the seeds.
   *
   * @param samples the folder of the sample datasets (the cases' experiment files are inside)
   * @param transferGroup seeds per negative-transfer trial (≥ 2)
   * @param train false: only score runs already in the folder (missing ones are an error)
   */
  public List<Calibration.Trial> run(Path samples, List<StagedCases.Case> cases, List<Long> seeds, int transferGroup,
      FindingSettings settings, boolean train) {
    BaselineRunner baselines = new BaselineRunner(new BaselineCache(out.resolve("baselines")), runner, log);
    List<Calibration.Trial> trials = new ArrayList<>();
    for (StagedCases.Case c : cases) {
      Path file = samples.resolve(c.experiment());
      if (!Files.isRegularFile(file)) {
        throw new InputException(file + ": the experiment of staged case '" + c.truth().name() + "' is missing (--samples"
            + " must be the sample-datasets folder)");
      }
      ExperimentSpec spec = ExperimentFiles.read(file);
      List<double[][]> metrics = new ArrayList<>();
      for (long seed : seeds) {
        Path dir = out.resolve(c.truth().name()).resolve("seed-" + seed);
        if (!finished(dir, spec.withTraining(spec.training().withSeed(seed)))) {
          if (!train) {
            throw new InputException(dir + ": no finished run to score (run calibrate without --score-only first)");
          }
          train(spec, file, seed, dir, baselines);
        }
        List<Finding> findings = LogFindings.gradients(RunMetrics.read(dir).replay(), settings);
        for (String kind : List.of(Finding.CONFLICT, Finding.IMBALANCE, Finding.HARM)) {
          trials.add(new Calibration.Trial(c.truth().name(), "seed " + seed, kind, Calibration.claims(findings, kind)));
        }
        metrics.add(mtlAndStl(dir));
      }
      for (int from = 0; from + transferGroup <= seeds.size(); from += transferGroup) {
        boolean negative = negativeTransfer(metrics.subList(from, from + transferGroup), dir0(c, seeds.get(from)), settings);
        trials.add(new Calibration.Trial(c.truth().name(), "seeds " + seeds.get(from) + "–" + seeds.get(from + transferGroup - 1),
            Finding.NEGATIVE_TRANSFER, negative));
      }
    }
    return trials;
  }

  private Path dir0(StagedCases.Case c, long seed) {
    return out.resolve(c.truth().name()).resolve("seed-" + seed);
  }

  private void train(ExperimentSpec spec, Path file, long seed, Path dir, BaselineRunner baselines) {
    moveAside(dir);
    TransferStudy.Plan plan = new TransferStudy.Plan(spec, file.toAbsolutePath().getParent(), file, List.of(seed), s -> dir,
        (s, d) -> "mtl-workbench train " + file + " --out " + d + " --seed " + seed + " --baselines");
    TransferStudy.Result r = new TransferStudy(runner, baselines, log).run(plan);
    if (!r.finished()) {
      throw new IllegalStateException("calibration run " + dir + " did not finish: " + r.message());
    }
  }

  /**
   * Whether {@code dir} holds a finished run of exactly {@code spec}, compared with its baselines
   * (a run of an experiment edited since is trained again).
   */
  private static boolean finished(Path dir, ExperimentSpec spec) {
    if (!Files.isRegularFile(dir.resolve(RunFiles.MANIFEST))) {
      return false;
    }
    RunManifest m = RunReader.manifest(dir);
    return "finished".equals(m.status()) && m.transfer() != null && spec.equals(m.experiment());
  }

  private void moveAside(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      for (int n = 1; ; n++) {
        Path aside = dir.resolveSibling(dir.getFileName() + ".incomplete-" + n);
        if (!Files.exists(aside)) {
          Files.move(dir, aside);
          log.accept("moved the earlier run " + dir + " (unfinished, or of an experiment edited since) aside to " + aside);
          return;
        }
      }
    } catch (IOException e) {
      throw new InputException(dir + ": cannot move the unfinished run aside: " + e.getMessage());
    }
  }

  /** [task] {mtl metric, stl metric, higher is better ? 1 : 0} on the verdict split of the run's own comparison. */
  private static double[][] mtlAndStl(Path dir) {
    TransferReport t = RunReader.manifest(dir).transfer();
    List<TransferRow> rows = t.verdictTable().tasks();
    double[][] v = new double[rows.size()][];
    for (int k = 0; k < rows.size(); k++) {
      TransferRow r = rows.get(k);
      v[k] = new double[] {value(r.mtl()), value(r.stl()), r.higherIsBetter() ? 1 : 0};
    }
    return v;
  }

  private static double value(List<Double> one) {
    return one.isEmpty() || one.get(0) == null ? Double.NaN : one.get(0);
  }

  /** Whether Welch's verdict over these seeds finds negative transfer for any task. */
  private static boolean negativeTransfer(List<double[][]> seeds, Path first, FindingSettings settings) {
    List<String> tasks = RunReader.manifest(first).tasks();
    for (int k = 0; k < tasks.size(); k++) {
      double[] mtl = new double[seeds.size()];
      double[] stl = new double[seeds.size()];
      for (int s = 0; s < seeds.size(); s++) {
        mtl[s] = seeds.get(s)[k][0];
        stl[s] = seeds.get(s)[k][1];
      }
      TaskTransfer t = TransferAnalysis.analyse(tasks.get(k), "metric", seeds.get(0)[k][2] == 1, mtl, stl, settings.alpha());
      if (t.verdict() == TransferVerdict.NEGATIVE_TRANSFER) {
        return true;
      }
    }
    return false;
  }
}

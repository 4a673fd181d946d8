package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.run.RunRecorder;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.train.RunStatus;

/**
 * Runs an experiment over several seeds (seed, seed + 1, ...) and, when asked, each task's
 * single-task baseline for every seed, then compares them ({@link TransferReports}). Each seed's
 * run.json receives that seed's comparison and findings; the result carries the comparison over
 * all seeds. Stops at the first run that does not finish.
 */
public final class TransferStudy {
  private final JobRunner runner;
  private final BaselineRunner baselines;
  private final Consumer<String> log;

  /**
   * @param runner how to run a training job
   * @param baselines how to obtain baselines, or null for none
   * @param log receives one line per run
   */
  public TransferStudy(JobRunner runner, BaselineRunner baselines, Consumer<String> log) {
    this.runner = runner;
    this.baselines = baselines;
    this.log = log;
  }

  /**
   * What to run.
   *
   * @param spec the experiment (its seed is replaced by each of {@code seeds})
   * @param baseDir the experiment file's folder, or null
   * @param experimentFile the experiment file, or null
   * @param seeds the seeds, in order
   * @param runDir the run directory of each seed
   * @param command the command line that reproduces a run, from its spec and directory
   */
  public record Plan(ExperimentSpec spec, Path baseDir, Path experimentFile, List<Long> seeds, LongFunction<Path> runDir,
      BiFunction<ExperimentSpec, Path, String> command) {

    /** {@code n} consecutive seeds from {@code first}. */
    public static List<Long> seeds(long first, int n) {
      List<Long> s = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        s.add(first + i);
      }
      return List.copyOf(s);
    }
  }

  /**
   * How the study went.
   *
   * @param status "finished", or the status of the first run that did not finish
   * @param message why it ended
   * @param runs the multi-task runs, one per seed done
   * @param baselines per run, its baselines (empty lists without baselines)
   * @param transfer the comparison over all seeds, or null (no baselines, or not finished)
   * @param findings the transfer findings over all seeds
   */
  public record Result(String status, String message, List<RecordedRun> runs, List<List<Baseline>> baselines,
      TransferReport transfer, List<Finding> findings) {

    public boolean finished() {
      return RunStatus.FINISHED.id().equals(status);
    }
  }

  public Result run(Plan plan) {
    return run(plan, partial -> {});
  }

  /**
   * @param afterEachSeed receives the result so far (status "running") after each seed, e.g. to
   *     keep a summary file current in case the study is interrupted
   */
  public Result run(Plan plan, Consumer<Result> afterEachSeed) {
    List<RecordedRun> runs = new ArrayList<>();
    List<List<Baseline>> allBaselines = new ArrayList<>();
    double alpha = FindingSettings.DEFAULTS.alpha();
    for (long seed : plan.seeds()) {
      ExperimentSpec spec = plan.spec().withTraining(plan.spec().training().withSeed(seed));
      Path dir = plan.runDir().apply(seed);
      log.accept("seed " + seed + ": multi-task run → " + dir);
      RecordedRun run = RunRecorder.record(spec, plan.baseDir(), plan.experimentFile(), dir, plan.command().apply(spec, dir),
          runner, List.of());
      runs.add(run);
      if (!run.finished()) {
        return new Result(run.outcome().status().id(), "seed " + seed + ": " + run.outcome().message(), runs, allBaselines,
            null, List.of());
      }
      List<Baseline> perTask = new ArrayList<>();
      if (baselines != null) {
        for (int k = 0; k < spec.tasks().size(); k++) {
          Baseline b = baselines.obtain(spec, k, plan.baseDir(), run.featureNames());
          if (!b.finished()) {
            allBaselines.add(perTask);
            return new Result(b.status(), "baseline of task '" + b.ref().task() + "', seed " + seed + ": " + b.message()
                + " (" + b.ref().dir() + ")", runs, allBaselines, null, List.of());
          }
          perTask.add(b);
        }
        TransferReport own = TransferReports.build(List.of(run), List.of(perTask), alpha);
        run.manifest().transfer(own);
        List<Finding> findings = new ArrayList<>(run.manifest().findings());
        findings.addAll(TransferReports.findings(List.of(run), List.of(perTask), own));
        run.manifest().findings(findings);
      }
      allBaselines.add(perTask);
      if (runs.size() < plan.seeds().size()) {
        afterEachSeed.accept(new Result(RunStatus.RUNNING.id(), "done " + runs.size() + " of " + plan.seeds().size() + " seeds",
            List.copyOf(runs), List.copyOf(allBaselines), null, List.of()));
      }
    }
    if (baselines == null) {
      return new Result(RunStatus.FINISHED.id(), "finished " + runs.size() + " seeds", runs, allBaselines, null, List.of());
    }
    TransferReport report = TransferReports.build(runs, allBaselines, alpha);
    return new Result(RunStatus.FINISHED.id(), "finished " + runs.size() + " seeds", runs, allBaselines, report,
        TransferReports.findings(runs, allBaselines, report));
  }
}

package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentChecks;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.study.BaselineCache;
import org.mtlworkbench.study.BaselineRunner;
import org.mtlworkbench.study.StudySummary;
import org.mtlworkbench.study.SweepSummaryWriter;
import org.mtlworkbench.study.TransferStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep EXPERIMENT.json --strategies a,b --seeds N --out DIR}: every strategy over the same
 * seeds, against single-task baselines trained once per seed, summarised in DIR/summary.csv and
 * DIR/summary.md.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run an experiment with each balancing strategy over N seeds, compare every task with its single-task baseline,"
          + " and write DIR/summary.csv and DIR/summary.md.",
      "Runs go to DIR/<strategy>/seed-<S>/ (with DIR/<strategy>/summary.json); baselines to DIR/baselines/ (or"
          + " --baseline-cache), trained once per seed and reused by every strategy."
    })
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment file.")
  Path experiment;

  @Option(names = "--strategies", required = true, split = ",", paramLabel = "NAME[,NAME...]",
      completionCandidates = StrategyNames.class, description = "Strategies to compare, from: ${COMPLETION-CANDIDATES}.")
  List<String> strategies;

  @Option(names = "--seeds", paramLabel = "N", description = "Seeds per strategy: S, S+1, ... (default 3).")
  int seeds = 3;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (must be new or empty); default: a new folder in the workspace.")
  Path out;

  @Mixin WorkspaceOption workspace;

  @Option(names = "--epochs", paramLabel = "N", description = "Override training.epochs.")
  Integer epochs;

  @Option(names = "--seed", paramLabel = "S", description = "First seed (default: training.seed).")
  Long seed;

  @Option(names = "--sharing", paramLabel = "hard|soft", description = "Override model.sharing.")
  String sharing;

  @Option(names = "--threads", paramLabel = "N", description = "Override training.threads.")
  Integer threads;

  @Option(names = "--baseline-cache", paramLabel = "DIR", description = "Where baselines are kept and reused (default DIR/baselines).")
  Path baselineCache;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    if (seeds < 1) {
      throw new InputException("--seeds must be 1 or more, got " + seeds);
    }
    List<String> names = new ArrayList<>(new LinkedHashSet<>(strategies.stream().map(String::strip).toList()));
    if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
      throw new InputException("--strategies: give one or more strategy names separated by commas");
    }
    ExperimentSpec base = withOverrides(ExperimentFiles.read(experiment));
    for (String name : names) {
      ExperimentChecks.check(base.withStrategyName(name), String.valueOf(experiment.getFileName()));
    }
    if (out != null) {
      TrainCommand.checkOutputFolder(out);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (out == null) {
      out = workspace.newRunDir(base.name() + " sweep");
      say(stdout, "writing the sweep to " + out);
    }
    FollowingRunner runner = new FollowingRunner(err, !quiet && System.console() != null);
    BaselineCache cache = new BaselineCache(baselineCache != null ? baselineCache : out.resolve("baselines"));
    BaselineRunner baselines = new BaselineRunner(cache, runner, line -> say(stdout, "  " + line));
    Path baseDir = experiment.toAbsolutePath().getParent();
    List<Long> seedList = TransferStudy.Plan.seeds(base.training().seed(), seeds);
    List<SweepSummaryWriter.Entry> entries = new ArrayList<>();
    for (String name : names) {
      if (runner.stopped()) {
        break;
      }
      ExperimentSpec s = base.withStrategyName(name);
      Path dir = out.resolve(name);
      say(stdout, "strategy " + name + ":");
      TransferStudy.Plan plan = new TransferStudy.Plan(s, baseDir, experiment, seedList, seed -> dir.resolve("seed-" + seed),
          (runSpec, runDir) -> "mtl-workbench train " + experiment + " --out " + runDir + " --epochs " + runSpec.training().epochs()
              + " --seed " + runSpec.training().seed() + " --sharing " + runSpec.model().sharing() + " --strategy " + name);
      TransferStudy.Result result = new TransferStudy(runner, baselines, line -> say(stdout, "  " + line))
          .run(plan, partial -> StudySummary.of(plan, partial).write(dir.resolve(StudySummary.FILE)));
      StudySummary.of(plan, result).write(dir.resolve(StudySummary.FILE));
      if (!result.finished()) {
        say(stdout, "  " + result.status() + ": " + result.message());
      }
      entries.add(new SweepSummaryWriter.Entry(name, result));
      SweepSummaryWriter.write(out, base.name(), seedList, entries);
    }
    SweepSummaryWriter.write(out, base.name(), seedList, entries);
    stdout.println("summary: " + out.resolve(SweepSummaryWriter.CSV) + ", " + out.resolve(SweepSummaryWriter.MARKDOWN));
    stdout.flush();
    if (runner.stopped()) {
      return TrainCommand.EXIT_STOPPED;
    }
    boolean allFinished = entries.stream().allMatch(e -> e.result().finished());
    if (!allFinished) {
      err.println("error: not every strategy finished; see " + SweepSummaryWriter.MARKDOWN);
      err.flush();
      return TrainCommand.EXIT_RUN_FAILED;
    }
    return 0;
  }

  private ExperimentSpec withOverrides(ExperimentSpec s) {
    var t = s.training();
    if (epochs != null) {
      t = t.withEpochs(epochs);
    }
    if (seed != null) {
      t = t.withSeed(seed);
    }
    if (threads != null) {
      t = t.withThreads(threads);
    }
    s = s.withTraining(t);
    if (sharing != null) {
      s = s.withSharing(Sharing.parse(sharing));
    }
    return s;
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }
}

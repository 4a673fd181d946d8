package org.mtlworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.study.BaselineCache;
import org.mtlworkbench.study.BaselineRunner;
import org.mtlworkbench.experiment.ExperimentChecks;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.experiment.FieldErrors;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.run.RunRecorder;
import org.mtlworkbench.study.StudySummary;
import org.mtlworkbench.study.TransferStudy;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.train.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code train EXPERIMENT.json [--out DIR]}: trains headless and writes a run directory, at
 * {@code --out} or, without it, in a new folder of the workspace.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train an experiment without the window and write its run directory (run.json, metrics.csv, conflicts.csv).")
public final class TrainCommand implements Callable<Integer> {
  /** Exit code of a run that diverged or failed. */
  public static final int EXIT_RUN_FAILED = 3;
  /** Exit code of a run stopped before its end (Ctrl+C). */
  public static final int EXIT_STOPPED = 130;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment file.")
  Path experiment;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Run directory to create (must not hold a run already); default: a new folder in the workspace.")
  Path out;

  @Mixin WorkspaceOption workspace;

  @Option(names = "--epochs", paramLabel = "N", description = "Override training.epochs.")
  Integer epochs;

  @Option(names = "--seed", paramLabel = "S", description = "Override training.seed.")
  Long seed;

  @Option(names = "--sharing", paramLabel = "NAME", completionCandidates = SharingNames.class,
      description = "Override model.sharing: ${COMPLETION-CANDIDATES}.")
  String sharing;

  @Option(names = "--strategy", paramLabel = "NAME", completionCandidates = StrategyNames.class,
      description = "Override strategy.name: ${COMPLETION-CANDIDATES}.")
  String strategy;

  @Option(names = "--threads", paramLabel = "N", description = "Override training.threads.")
  Integer threads;

  @Option(
      names = "--baselines",
      description = "Also train each task alone (same architecture, data, label budget, epochs and seed; reused from the"
          + " baseline cache when already trained) and compare: run.json gets Δ_k per task and Δm.")
  boolean baselines;

  @Option(
      names = "--seeds",
      paramLabel = "N",
      description = "Repeat over N seeds (S, S+1, ...): each run in DIR/seed-S/, mean ± std and (with --baselines) the"
          + " negative-transfer verdicts in DIR/summary.json.")
  Integer seeds;

  @Option(
      names = "--baseline-cache",
      paramLabel = "DIR",
      description = "Where single-task baselines are kept and reused (default: .baselines/ in the folder that holds the run"
          + " directory: the workspace when --out is not given).")
  Path baselineCache;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    try {
      return train();
    } catch (InputException e) {
      throw FieldErrors.inFile(String.valueOf(experiment.getFileName()), e);
    }
  }

  private Integer train() {
    if (seeds != null && seeds < 1) {
      throw new InputException("--seeds must be 1 or more, got " + seeds);
    }
    ExperimentSpec experimentSpec = withOverrides(ExperimentFiles.read(experiment));
    ExperimentChecks.check(experimentSpec);
    if (out != null) {
      checkOutputFolder(out);
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      out = workspace.newRunDir(experimentSpec.name());
      say(stdout, "writing the run to " + out);
      try {
        return trainInto(experimentSpec, stdout, err);
      } catch (InputException e) {
        deleteIfEmpty(out); // data that does not load leaves no empty run in the workspace
        throw e;
      }
    }
    return trainInto(experimentSpec, stdout, err);
  }

  private static void deleteIfEmpty(Path dir) {
    try (var entries = java.nio.file.Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        java.nio.file.Files.delete(dir);
      }
    } catch (java.io.IOException ignored) {
      // the folder stays; the error the user sees is the input's
    }
  }

  private Integer trainInto(ExperimentSpec experimentSpec, PrintWriter stdout, PrintWriter err) {
    Path baseDir = experiment.toAbsolutePath().getParent();
    FollowingRunner runner = new FollowingRunner(err, !quiet && System.console() != null);
    if (seeds == null && !baselines) {
      RecordedRun run = RunRecorder.record(experimentSpec, baseDir, experiment, out, reproduceCommand(experimentSpec, out), runner,
          List.of());
      new RunSummary(run.outcome(), run.tasks()).print(stdout);
      TransferPrinter.findings(stdout, run.manifest().findings());
      stdout.println("run directory: " + out);
      stdout.flush();
      return exitCode(run.outcome().status().id(), run.outcome().message(), err);
    }
    BaselineRunner baselineRunner = null;
    if (baselines) {
      Path cacheRoot = baselineCache != null ? baselineCache : defaultCache(out);
      baselineRunner = new BaselineRunner(new BaselineCache(cacheRoot), runner, line -> say(stdout, line));
    }
    long first = experimentSpec.training().seed();
    TransferStudy.Plan plan = new TransferStudy.Plan(experimentSpec, baseDir, experiment,
        seeds == null ? List.of(first) : TransferStudy.Plan.seeds(first, seeds),
        s -> seeds == null ? out : out.resolve("seed-" + s), this::reproduceCommand);
    TransferStudy.Result result = new TransferStudy(runner, baselineRunner, line -> say(stdout, line))
        .run(plan, partial -> {
          if (seeds != null) {
            StudySummary.of(plan, partial).write(out.resolve(StudySummary.FILE));
          }
        });
    for (RecordedRun run : result.runs()) {
      new RunSummary(run.outcome(), run.tasks()).print(stdout);
    }
    if (result.transfer() != null) {
      TransferPrinter.print(stdout, result.transfer());
    }
    if (seeds != null) {
      StudySummary.of(plan, result).write(out.resolve(StudySummary.FILE));
      TransferPrinter.findings(stdout, result.findings());
      stdout.println("summary: " + out.resolve(StudySummary.FILE));
    } else if (!result.runs().isEmpty()) {
      TransferPrinter.findings(stdout, result.runs().get(0).manifest().findings());
    }
    stdout.println("run directory: " + out);
    stdout.flush();
    return exitCode(result.status(), result.message(), err);
  }

  /** {@code .baselines/} in the folder that holds {@code out}. */
  static Path defaultCache(Path out) {
    Path parent = out.toAbsolutePath().normalize().getParent();
    return (parent == null ? out.toAbsolutePath() : parent).resolve(".baselines");
  }

  static int exitCode(String status, String message, PrintWriter err) {
    if (status.equals(RunStatus.DIVERGED.id()) || status.equals(RunStatus.FAILED.id())) {
      err.println("error: " + message);
      err.flush();
      return EXIT_RUN_FAILED;
    }
    return status.equals(RunStatus.STOPPED.id()) ? EXIT_STOPPED : 0;
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
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
    if (strategy != null) {
      s = s.withStrategyName(strategy);
    }
    return s;
  }

  /** A folder that does not exist or is empty; anything else is refused so no run is overwritten. */
  static void checkOutputFolder(Path out) {
    if (Files.isRegularFile(out)) {
      throw new InputException("--out " + out + ": is a file; give a folder for the run");
    }
    if (Files.isDirectory(out)) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new InputException("--out " + out + ": the folder is not empty; choose a new folder so no earlier run is overwritten");
        }
      } catch (IOException e) {
        throw new InputException("--out " + out + ": cannot read the folder: " + e.getMessage());
      }
    }
  }

  private String reproduceCommand(ExperimentSpec s, Path dir) {
    return "mtl-workbench train " + experiment + " --out " + dir + " --epochs " + s.training().epochs() + " --seed "
        + s.training().seed() + " --sharing " + s.model().sharing() + " --strategy " + s.strategy().name();
  }
}

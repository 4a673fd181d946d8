package org.mtlworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.AssembledRun;
import org.mtlworkbench.experiment.ExperimentAssembler;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.experiment.RunDirectoryWriter;
import org.mtlworkbench.experiment.RunManifestWriter;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code train EXPERIMENT.json --out DIR}: trains headless and writes a run directory. */
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

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory to create (must not hold a run already).")
  Path out;

  @Option(names = "--epochs", paramLabel = "N", description = "Override training.epochs.")
  Integer epochs;

  @Option(names = "--seed", paramLabel = "S", description = "Override training.seed.")
  Long seed;

  @Option(names = "--sharing", paramLabel = "hard|soft", description = "Override model.sharing.")
  String sharing;

  @Option(names = "--strategy", paramLabel = "NAME", description = "Override strategy.name: equal, static, uncertainty, gradnorm, dwa, rlw, pcgrad, mgda, cagrad, imtl, nash, aligned.")
  String strategy;

  @Option(names = "--threads", paramLabel = "N", description = "Override training.threads.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    ExperimentSpec experimentSpec = withOverrides(ExperimentFiles.read(experiment));
    checkOutputFolder();
    Path baseDir = experiment.toAbsolutePath().getParent();
    AssembledRun assembled = ExperimentAssembler.assemble(experimentSpec, baseDir);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    RunManifestWriter manifest =
        new RunManifestWriter(out, experimentSpec, experiment, reproduceCommand(experimentSpec), assembled.dataSummary());
    List<TrainingListener> listeners = new ArrayList<>();
    listeners.add(new RunDirectoryWriter(out, manifest));
    TerminalProgress progress = null;
    if (!quiet && System.console() != null) {
      progress = new TerminalProgress(err);
    }
    TrainingRun run = TrainingRun.start(assembled.job(), listeners);
    Thread hook = new Thread(() -> {
      run.control().stop();
      run.outcome().join();
    });
    Runtime.getRuntime().addShutdownHook(hook);
    RunOutcome outcome;
    try {
      outcome = progress == null ? run.outcome().get() : progress.follow(run);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.control().stop();
      outcome = run.outcome().join();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting: the hook stops the run
      }
    }
    new RunSummary(outcome, assembled.job().model().tasks()).print(stdout);
    stdout.println("run directory: " + out);
    stdout.flush();
    if (outcome.status() == RunStatus.DIVERGED || outcome.status() == RunStatus.FAILED) {
      err.println("error: " + outcome.message());
      err.flush();
      return EXIT_RUN_FAILED;
    }
    return outcome.status() == RunStatus.STOPPED ? EXIT_STOPPED : 0;
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
      t = new org.mtlworkbench.train.TrainingSpec(t.epochs(), t.batchSize(), t.seed(), t.diagnosticsEvery(), threads);
    }
    s = s.withTraining(t);
    if (sharing != null) {
      s = s.withSharing(Sharing.parse(sharing));
    }
    if (strategy != null) {
      s = s.withStrategy(new StrategySpec(strategy, s.strategy().weights()));
    }
    return s;
  }

  private void checkOutputFolder() {
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

  private String reproduceCommand(ExperimentSpec s) {
    return "mtl-workbench train " + experiment + " --out " + out + " --epochs " + s.training().epochs() + " --seed "
        + s.training().seed() + " --sharing " + s.model().sharing() + " --strategy " + s.strategy().name();
  }
}

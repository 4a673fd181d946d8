package org.mtlworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.Calibration;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.study.CalibrationStudy;
import org.mtlworkbench.study.StagedCases;
import org.mtlworkbench.study.TransferStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate --seeds N --out DIR}: runs every staged case over N seeds (each with its
 * single-task baselines) and prints, per finding kind, the false-positive rate on the cases that do
 * not stage it and the detection rate on those that do ({@link CalibrationStudy}, {@link
 * Calibration}); writes the table to {@code DIR/calibration.md} and every trial to {@code
 * DIR/trials.csv}.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Run the staged cases over several seeds and measure how often each finding is wrong or missed.")
public final class CalibrateCommand implements Callable<Integer> {
  /** The goals of docs/findings.md. */
  static final double MAX_FALSE_POSITIVES = 0.05;
  static final double MIN_DETECTION = 0.95;

  @Spec CommandSpec spec;

  @Option(names = "--seeds", required = true, paramLabel = "N", description = "Seeds per case (S, S+1, ...).")
  int seeds;

  @Option(names = "--first-seed", paramLabel = "S", defaultValue = "1", description = "The first seed (default ${DEFAULT-VALUE}).")
  long firstSeed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Calibration folder; runs already finished there are reused.")
  Path out;

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = "sample-datasets",
      description = "The sample-datasets folder (default ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--cases", split = ",", paramLabel = "NAME", description = "Only these staged cases (default: all).")
  List<String> cases;

  @Option(names = "--transfer-group", paramLabel = "G", defaultValue = "3",
      description = "Seeds per negative-transfer trial (default ${DEFAULT-VALUE}).")
  int transferGroup;

  @Option(names = "--score-only", description = "Do not train: score the runs already in DIR.")
  boolean scoreOnly;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    if (seeds < 1) {
      throw new InputException("--seeds must be 1 or more, got " + seeds);
    }
    if (transferGroup < 2) {
      throw new InputException("--transfer-group must be 2 or more (Welch's test needs two seeds), got " + transferGroup);
    }
    List<StagedCases.Case> chosen = StagedCases.named(cases);
    PrintWriter stdout = spec.commandLine().getOut();
    long started = System.nanoTime();
    FollowingRunner runner = new FollowingRunner(spec.commandLine().getErr(), !quiet && System.console() != null);
    List<Calibration.Trial> trials = new CalibrationStudy(runner, out, line -> {
      stdout.println(line);
      stdout.flush();
    }).run(samples, chosen, TransferStudy.Plan.seeds(firstSeed, seeds), transferGroup, FindingSettings.DEFAULTS, !scoreOnly);
    double minutes = (System.nanoTime() - started) / 6e10;
    List<Calibration.Row> rows = Calibration.score(chosen.stream().map(StagedCases.Case::truth).toList(), trials);
    String table = CalibrationTable.markdown(rows, chosen, trials, MAX_FALSE_POSITIVES, MIN_DETECTION);
    String command = "mtl-workbench calibrate --seeds " + seeds + " --first-seed " + firstSeed + " --transfer-group "
        + transferGroup + (cases == null ? "" : " --cases " + String.join(",", cases)) + " --out DIR";
    String text = "# Calibration\n\n`" + command + "` — " + Numbers.fixed(minutes, 1) + " min\n\n"
        + table;
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("calibration.md"), text, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("trials.csv"), CalibrationTable.csv(trials), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(out + ": cannot write the calibration table: " + e.getMessage());
    }
    stdout.println(text);
    stdout.flush();
    return 0;
  }
}

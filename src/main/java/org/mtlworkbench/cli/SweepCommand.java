package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtlworkbench.cluster.SparkMaster;
import org.mtlworkbench.cluster.SparkRuntime;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.study.BaselineCache;
import org.mtlworkbench.study.BaselineReuse;
import org.mtlworkbench.study.PlannedRun;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.StudyListener;
import org.mtlworkbench.study.StudyOutcome;
import org.mtlworkbench.study.StudyProgress;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyRunner;
import org.mtlworkbench.study.StudyWording;
import org.mtlworkbench.study.SweepSummaryWriter;
import org.mtlworkbench.study.TaskGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep STUDY.json --out DIR}, or {@code sweep EXPERIMENT.json --strategies a,b --seeds N
 * --out DIR}: a study, run headless ({@link StudyRunner}); the same folder given again resumes it.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run a study: an experiment with each balancing strategy (and sharing scheme) over N seeds, each task compared with"
          + " its single-task baseline; writes DIR/study.json, DIR/progress.json, DIR/summary.csv and DIR/summary.md.",
      "FILE is a study file, or an experiment file with --strategies. Runs go to DIR/<strategy>/seed-<S>/, baselines to"
          + " DIR/baselines/<task>/seed-<S>/, a grouping's runs to DIR/groups/<strategy>/<task>+<task>/seed-<S>/ (with several"
          + " sharing schemes: <strategy>@<sharing>). Given a DIR that holds the"
          + " same study, the runs already complete are skipped (resume); Ctrl+C keeps them.",
      "Options override the study file."
    })
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A study file, or an experiment file (then --strategies is needed).")
  Path file;

  @Option(names = "--strategies", split = ",", paramLabel = "NAME[,NAME...]",
      completionCandidates = StrategyNames.class, description = "Strategies to compare, from: ${COMPLETION-CANDIDATES}.")
  List<String> strategies;

  @Option(names = "--seeds", paramLabel = "N", description = "Seeds per strategy: S, S+1, ... (default 3).")
  Integer seeds;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The study folder: new or empty, or holding this study to resume it; default: a new folder in the workspace.")
  Path out;

  @Mixin WorkspaceOption workspace;

  @Option(names = "--epochs", paramLabel = "N", description = "Override training.epochs.")
  Integer epochs;

  @Option(names = "--seed", paramLabel = "S", description = "First seed (default: the study's, else training.seed).")
  Long seed;

  @Option(names = "--sharing", split = ",", paramLabel = "SCHEME[,SCHEME...]", completionCandidates = SharingNames.class,
      description = "Sharing schemes to compare: ${COMPLETION-CANDIDATES} (default: the experiment's).")
  List<String> sharing;

  @Option(names = "--threads", paramLabel = "N", description = "Override training.threads.")
  Integer threads;

  @Option(names = "--no-baselines", description = "Train no single-task baselines (no Δ_k, no verdicts).")
  boolean noBaselines;

  @Option(names = "--affinity", description = "Measure task affinity in every multi-task run with shared parameters.")
  boolean affinity;

  @Option(names = "--groups", paramLabel = "TASKS;TASKS...",
      description = "Also test this grouping of the tasks against all of them together: groups separated by ';', tasks by ','"
          + " (\"y1,y2;y3\"); each group of two or more tasks is trained as its own model with every strategy and seed, a group"
          + " of one by its single-task baseline.")
  String groups;

  @Option(names = "--baseline-cache", paramLabel = "DIR",
      description = "Also share baselines with this cache: reused when already trained there, added when trained here.")
  Path baselineCache;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Run each run as a task of Apache Spark: local[N] on this machine, spark://host:7077, k8s://..., yarn."
          + " Spark must be on the class path (spark-submit; see the README, \"Studies on a cluster\").")
  String spark;

  @Override
  public Integer call() {
    if (seeds != null && seeds < 1) {
      throw new InputException("--seeds must be 1 or more, got " + seeds);
    }
    if (spark != null) {
      // before anything is loaded or created: Spark there, and the master one it can use
      SparkRuntime.require();
      SparkMaster.check(spark);
    }
    Study study = study();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PreparedStudy prepared = prepare(study);
    boolean created = out == null;
    if (created) {
      out = workspace.newRunDir(study.name() + " sweep");
    }
    FollowingRunner runner = new FollowingRunner(err, !quiet && System.console() != null);
    StudyRunner studyRunner = new StudyRunner(prepared, out, runner, new Printer(stdout, spark != null));
    if (baselineCache != null) {
      studyRunner.reusingBaselines(new BaselineReuse(new BaselineCache(baselineCache)));
    }
    if (created) {
      say(stdout, "writing the study to " + out);
    }
    StudyOutcome outcome = spark == null ? studyRunner.run() : SparkSweep.run(studyRunner, spark, study.name(), stdout);
    StudyResults results = outcome.results();
    for (StudyResults.Answer a : results.answers()) {
      stdout.println(StudyWording.answer(a));
    }
    for (StudyResults.GroupedAnswer a : results.groupedAnswers()) {
      stdout.println(StudyWording.grouped(a));
    }
    stdout.println("summary: " + out.resolve(SweepSummaryWriter.CSV) + ", " + out.resolve(SweepSummaryWriter.MARKDOWN));
    stdout.flush();
    if (outcome.cancelled()) {
      err.println("stopped: " + outcome.progress().done() + " of " + outcome.progress().total()
          + " runs complete; run the same command again to resume");
      err.flush();
      return TrainCommand.EXIT_STOPPED;
    }
    if (!outcome.problems().isEmpty()) {
      err.println("error: " + outcome.problems().size() + " of " + outcome.progress().total() + " runs did not finish; see "
          + out.resolve(SweepSummaryWriter.MARKDOWN));
      err.flush();
      return TrainCommand.EXIT_RUN_FAILED;
    }
    return 0;
  }

  /** The study to run: the study file with the options applied, or the experiment with them. */
  private Study study() {
    Study s;
    if (StudyFiles.isStudy(file)) {
      s = StudyFiles.load(file);
      s = new Study(s.name(), s.experiment(), strategies != null ? names(strategies) : s.strategies(),
          sharing != null ? sharings() : s.sharings(),
          Study.seeds(seed != null ? seed : s.seeds().get(0), seeds != null ? seeds : s.seeds().size()),
          s.baselines() && !noBaselines, s.affinity() || affinity, groups != null ? groupsOption() : s.groups());
      s = s.withExperiment(withOverrides(s.experiment()));
      try {
        s.check(file.getFileName().toString());
      } catch (InputException problem) {
        throw groups != null && problem.getMessage().contains("'groups") ? groupsProblem(problem) : problem;
      }
      return s;
    }
    if (strategies == null) {
      throw new InputException("--strategies: give one or more strategy names separated by commas (or a study file that lists them)");
    }
    ExperimentSpec e = withOverrides(ExperimentFiles.read(file));
    if (seed != null) {
      e = e.withTraining(e.training().withSeed(seed));
    }
    Study of;
    try {
      of = Study.of(e, file.toAbsolutePath().getParent(), names(strategies), sharing == null ? List.of() : sharings(),
          seeds == null ? 3 : seeds, !noBaselines, affinity);
    } catch (InputException problem) {
      throw new InputException(file.getFileName() + ": " + problem.getMessage(), problem);
    }
    if (groups == null) {
      return of;
    }
    try {
      return of.withGroups(groupsOption());
    } catch (InputException problem) {
      throw groupsProblem(problem);
    }
  }

  private List<List<String>> groupsOption() {
    return TaskGroups.parse(groups);
  }

  /** "--groups "y1,y2;y9": groups[1][0]: unknown task 'y9'; ...": the option, its value and the field. */
  private InputException groupsProblem(InputException problem) {
    String m = problem.getMessage();
    int at = m.indexOf(", in '");
    String tail = at < 0 ? m : m.substring(at + 6).replaceFirst("':", ":");
    return new InputException("--groups \"" + groups + "\": " + tail, problem);
  }

  private static List<String> names(List<String> raw) {
    List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(raw.stream().map(String::strip).toList()));
    if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
      throw new InputException("--strategies: give one or more strategy names separated by commas");
    }
    return names;
  }

  private List<Sharing> sharings() {
    List<Sharing> out = new ArrayList<>();
    for (String s : sharing) {
      Sharing parsed = Sharing.parse(s.strip());
      if (!out.contains(parsed)) {
        out.add(parsed);
      }
    }
    return out;
  }

  private ExperimentSpec withOverrides(ExperimentSpec s) {
    var t = s.training();
    if (epochs != null) {
      t = t.withEpochs(epochs);
    }
    if (threads != null) {
      t = t.withThreads(threads);
    }
    return s.withTraining(t);
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }

  /**
   * One line when a run starts and one when it ends, with the count and the time left; with runs
   * on a cluster, where many start at once, one line when each ends.
   */
  private record Printer(PrintWriter out, boolean parallel) implements StudyListener {
    @Override
    public void started(StudyProgress p) {
      if (p.done() > 0) {
        say(out, "resuming: " + p.done() + " of " + p.total() + " runs already complete");
      }
    }

    @Override
    public void runStarted(PlannedRun run, StudyProgress p) {
      say(out, "[" + (p.done() + p.failed() + 1) + "/" + p.total() + "] " + run.key().label() + " → " + run.dir());
    }

    @Override
    public void runEnded(RunRecord r, StudyProgress p) {
      say(out, (parallel ? r.key().label() + " → " + r.dir() + ": " : "  ") + r.status() + (r.finished() ? "" : ": " + r.message()) + " (" + Numbers.significant(r.wallSeconds(), 3)
          + " s); " + p.done() + " of " + p.total() + " complete" + (p.remaining() > 0 ? ", about " + Numbers.duration(p.etaSeconds())
          + " left" : ""));
    }
  }

  /** The study ready to run; a problem names the file it came from, the study's or the experiment's. */
  private PreparedStudy prepare(Study study) {
    String name = file.getFileName().toString();
    if (StudyFiles.isStudy(file)) {
      return PreparedStudy.of(study, name);
    }
    try {
      return PreparedStudy.of(study, null);
    } catch (InputException e) {
      throw new InputException(name + ": " + e.getMessage(), e);
    }
  }
}

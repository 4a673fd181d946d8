package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentChecks;
import org.mtlworkbench.experiment.ExperimentSource;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;

/**
 * A study ready to plan: the experiment resolved (read from its file when the study names one,
 * its CSV path made absolute so that every run directory's own experiment.json reads the same
 * file), the strategies, sharing schemes and seeds spelled out, and every combination checked
 * before anything runs ({@link #check}).
 *
 * @param name the study's name
 * @param experiment the experiment every run starts from
 * @param strategies strategy names, in order
 * @param sharings sharing schemes, in order
 * @param seeds the seeds, in order
 * @param baselines whether single-task baselines are trained and compared
 * @param affinity whether task affinity is measured
 * @param groups a grouping of the tasks to test against all of them together ({@link TaskGroups}):
 *     each group of two or more tasks trained as its own model with every strategy, sharing scheme
 *     and seed, a group of one by its single-task baseline; empty for none
 */
public record Study(String name, ExperimentSpec experiment, List<String> strategies, List<Sharing> sharings, List<Long> seeds,
    boolean baselines, boolean affinity, List<List<String>> groups) {

  /** Steps between two affinity measurements when the experiment does not set training.affinityEvery. */
  public static final int DEFAULT_AFFINITY_EVERY = 10;
  /** What {@link #testing} appends to a study's name before the grouping. */
  private static final String GROUPING_NAME = " · grouping ";

  public Study {
    strategies = List.copyOf(strategies);
    sharings = List.copyOf(sharings);
    seeds = List.copyOf(seeds);
    groups = TaskGroups.copy(groups);
  }

  /** A study without a grouping. */
  public Study(String name, ExperimentSpec experiment, List<String> strategies, List<Sharing> sharings, List<Long> seeds,
      boolean baselines, boolean affinity) {
    this(name, experiment, strategies, sharings, seeds, baselines, affinity, List.of());
  }

  /**
   * Resolves a study file's contents.
   *
   * @param spec the study file as read
   * @param folder the study file's folder (relative paths are relative to it)
   * @param source names the study file in messages
   * @throws InputException one line naming the file and the field, when anything cannot run
   */
  public static Study resolve(StudySpec spec, Path folder, String source) {
    ExperimentSource src = spec.experiment();
    ExperimentSpec experiment;
    Path baseDir;
    try {
      experiment = src.load(folder, "experiment");
      baseDir = src.baseDir(folder, "experiment");
    } catch (InputException e) {
      throw new InputException(source + ", in 'experiment': " + e.getMessage(), e);
    }
    List<Sharing> sharings = new ArrayList<>();
    if (spec.sharing() == null) {
      sharings.add(experiment.model().sharingMode());
    } else {
      for (int i = 0; i < spec.sharing().size(); i++) {
        try {
          sharings.add(Sharing.parse(spec.sharing().get(i)));
        } catch (InputException e) {
          throw new InputException(source + ", in 'sharing[" + i + "]': " + e.getMessage(), e);
        }
      }
    }
    if (spec.groups() != null) {
      TaskGroups.Problem p = TaskGroups.problem(spec.groups(), taskNames(experiment));
      if (p != null) {
        throw at(source, p);
      }
    }
    long first = spec.seeds().first() != null ? spec.seeds().first() : experiment.training().seed();
    Study s = new Study(spec.name() != null ? spec.name() : experiment.name(), absoluteData(experiment, baseDir), spec.strategies(),
        sharings, seeds(first, spec.seeds().count()), spec.baselines(), spec.affinity(), spec.groups());
    s.check(source);
    return s;
  }

  /**
   * A study of one experiment (the command line's {@code sweep EXPERIMENT.json --strategies ...}).
   *
   * @param baseDir the experiment file's folder
   */
  public static Study of(ExperimentSpec experiment, Path baseDir, List<String> strategies, List<Sharing> sharings, int seedCount,
      boolean baselines, boolean affinity) {
    if (seedCount < 1) {
      throw new InputException("--seeds must be 1 or more, got " + seedCount);
    }
    Study s = new Study(experiment.name(), absoluteData(experiment, baseDir), strategies,
        sharings.isEmpty() ? List.of(experiment.model().sharingMode()) : sharings, seeds(experiment.training().seed(), seedCount),
        baselines, affinity);
    s.check(null);
    return s;
  }

  /** {@code n} consecutive seeds from {@code first}. */
  public static List<Long> seeds(long first, int n) {
    List<Long> s = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      s.add(first + i);
    }
    return List.copyOf(s);
  }

  /**
   * Everything that can be checked without data: each strategy exists, takes its options, and
   * works with each sharing scheme ({@link ExperimentChecks#strategy}); the experiment's own
   * combinations ({@link ExperimentChecks#check}).
   *
   * @param source the study file, to name it and the field in the message; null for none
   * @throws InputException one line
   */
  public void check(String source) {
    if (!groups.isEmpty()) {
      TaskGroups.Problem p = TaskGroups.problem(groups, taskNames(experiment));
      if (p != null) {
        throw at(source, p);
      }
    }
    for (int i = 0; i < strategies.size(); i++) {
      try {
        StrategyCatalog.info(strategies.get(i)); // "unknown strategy 'x'; known: ..."
      } catch (InputException e) {
        throw at(source, "strategies[" + i + "]", e);
      }
    }
    for (Sharing sharing : sharings) {
      for (int i = 0; i < strategies.size(); i++) {
        try {
          ExperimentChecks.check(multiTask(strategies.get(i), sharing, seeds.get(0)));
        } catch (InputException e) {
          throw at(source, e.getMessage().startsWith("strategy") ? "strategies[" + i + "]" : "experiment", e);
        }
      }
    }
  }

  private static InputException at(String source, TaskGroups.Problem p) {
    return source == null ? p.exception() : at(source, p.field(), new InputException(p.message()));
  }

  private static InputException at(String source, String field, InputException e) {
    return source == null ? e : new InputException(source + ", in '" + field + "': " + e.getMessage(), e);
  }

  /** The experiment of one multi-task run of the study. */
  public ExperimentSpec multiTask(String strategy, Sharing sharing, long seed) {
    boolean measure = affinity && sharing != Sharing.SOFT;
    int every = experiment.training().affinityEvery() > 0 ? experiment.training().affinityEvery() : DEFAULT_AFFINITY_EVERY;
    return experiment.withSharing(sharing).withStrategyName(strategy)
        .withTraining(experiment.training().withSeed(seed).withAffinityEvery(measure ? every : 0));
  }

  /** The study as a study file (the experiment inline, as every run starts from it). */
  public StudySpec toSpec() {
    return new StudySpec(StudySpec.SCHEMA_VERSION, name, ExperimentSource.of(experiment), strategies,
        sharings.stream().map(Sharing::id).toList(), new SeedsSpec(seeds.size(), seeds.get(0)), baselines, affinity,
        groups.isEmpty() ? null : groups);
  }

  /** The same study with the experiment changed (command-line overrides such as --epochs). */
  public Study withExperiment(ExperimentSpec e) {
    return new Study(name, e, strategies, sharings, seeds, baselines, affinity, groups);
  }

  /**
   * The same study testing {@code g} against all tasks together (empty: no grouping), checked.
   *
   * @throws InputException one line naming the field ("groups[1][0]: unknown task 'y9'; ...")
   */
  public Study withGroups(List<List<String>> g) {
    Study s = new Study(name, experiment, strategies, sharings, seeds, baselines, affinity, g);
    s.check(null);
    return s;
  }

  /**
   * The study that tests {@code g}: this study's experiment, strategies, sharing schemes and seeds,
   * with baselines (a grouping is judged against them too) and the grouping, named after both.
   *
   * @throws InputException one line naming the field, when {@code g} is not a grouping of the tasks
   */
  public Study testing(List<List<String>> g) {
    String base = name.contains(GROUPING_NAME) ? name.substring(0, name.lastIndexOf(GROUPING_NAME)) : name;
    Study s = new Study(base + GROUPING_NAME + TaskGroups.label(g), experiment, strategies, sharings, seeds, true, affinity, g);
    s.check(null);
    return s;
  }

  /** Whether the study tests a grouping. */
  public boolean grouped() {
    return !groups.isEmpty();
  }

  /** The experiment's task names, in order. */
  public List<String> taskNames() {
    return taskNames(experiment);
  }

  private static List<String> taskNames(ExperimentSpec e) {
    return e.tasks().stream().map(org.mtlworkbench.model.TaskSpec::name).toList();
  }

  private static ExperimentSpec absoluteData(ExperimentSpec e, Path baseDir) {
    DataSpec d = e.data();
    if (d.csv() == null) {
      return e;
    }
    Path csv;
    try {
      csv = Path.of(d.csv());
    } catch (java.nio.file.InvalidPathException ex) {
      throw new InputException("data.csv: '" + d.csv() + "' is not a valid path", ex);
    }
    if (!csv.isAbsolute() && baseDir != null) {
      csv = baseDir.resolve(csv);
    }
    return e.withData(new DataSpec(csv.toAbsolutePath().normalize().toString(), null, d.features(), d.impute(), d.split(),
        d.standardize()));
  }

}

package org.mtlworkbench.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.store.SafeNames;

/**
 * The runs of a study, in the order they are run, each with a stable run directory: first every
 * single-task baseline (each task once per sharing scheme and seed), then every multi-task run
 * (strategy by strategy, seed by seed), so that each strategy's comparison is complete as soon
 * as its last seed is. The baselines are one stage and the multi-task runs another: runs within
 * a stage are independent of one another.
 *
 * <p>Directories: {@code <strategy>/seed-<S>} and {@code baselines/<task>/seed-<S>}; when the
 * study compares several sharing schemes, the scheme follows the name:
 * {@code pcgrad@cross-stitch/seed-5}, {@code baselines/y1@soft/seed-5}. Task names are made safe
 * for file names ({@link SafeNames}).
 *
 * @param runs every run, baselines first
 */
public record StudyPlan(List<PlannedRun> runs) {
  /** The folder of the baselines in a study directory. */
  public static final String BASELINES = "baselines";

  public StudyPlan {
    runs = List.copyOf(runs);
  }

  public static StudyPlan of(Study study) {
    List<String> tasks = study.experiment().tasks().stream().map(TaskSpec::name).toList();
    List<PlannedRun> runs = new ArrayList<>();
    boolean several = study.sharings().size() > 1;
    if (study.baselines()) {
      List<String> folders = taskFolders(tasks);
      for (Sharing sharing : study.sharings()) {
        for (long seed : study.seeds()) {
          for (int k = 0; k < tasks.size(); k++) {
            runs.add(new PlannedRun(RunKey.baseline(tasks.get(k), sharing, seed),
                BASELINES + "/" + folders.get(k) + (several ? "@" + sharing.id() : "") + "/" + seedFolder(seed)));
          }
        }
      }
    }
    for (Sharing sharing : study.sharings()) {
      for (String strategy : study.strategies()) {
        for (long seed : study.seeds()) {
          runs.add(new PlannedRun(RunKey.multiTask(strategy, sharing, seed), group(strategy, sharing, several) + "/" + seedFolder(seed)));
        }
      }
    }
    return new StudyPlan(runs);
  }

  /** The folder of one strategy under one sharing scheme: its seeds' runs and its summary.json. */
  public static String group(String strategy, Sharing sharing, boolean severalSharings) {
    return strategy + (severalSharings ? "@" + sharing.id() : "");
  }

  static String seedFolder(long seed) {
    return "seed-" + seed;
  }

  /** The planned run with this key. */
  public PlannedRun find(RunKey key) {
    return runs.stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the study plans no run " + key.label()));
  }

  public List<PlannedRun> baselineRuns() {
    return runs.stream().filter(r -> r.key().baseline()).toList();
  }

  public List<PlannedRun> multiTaskRuns() {
    return runs.stream().filter(r -> !r.key().baseline()).toList();
  }

  /** A folder name per task, unique even when two names become the same once made safe. */
  private static List<String> taskFolders(List<String> tasks) {
    Set<String> taken = new HashSet<>(List.of(BASELINES));
    List<String> out = new ArrayList<>();
    for (String t : tasks) {
      String base = SafeNames.fileName(t);
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "-" + n;
      }
      out.add(name);
    }
    return out;
  }
}

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
 * <p>A study that tests a grouping ({@link TaskGroups}) also trains, after each strategy's seeds
 * of all tasks together, one run per seed and group of two or more tasks, the group's tasks
 * alone with that strategy; a group of one task is its single-task baseline, planned even when
 * the study trains no baselines otherwise.
 *
 * <p>Directories: {@code <strategy>/seed-<S>}, {@code baselines/<task>/seed-<S>} and
 * {@code groups/<strategy>/<task>+<task>/seed-<S>} (so that a strategy's grouped runs share one
 * folder); when the study compares several sharing schemes, the scheme follows the strategy or
 * task: {@code pcgrad@cross-stitch/seed-5}, {@code baselines/y1@soft/seed-5},
 * {@code groups/pcgrad@soft/y1+y2/seed-5}. Task names are made safe for file names ({@link
 * SafeNames}).
 *
 * @param runs every run, baselines first
 */
public record StudyPlan(List<PlannedRun> runs) {
  /** The folder of the baselines in a study directory. */
  public static final String BASELINES = "baselines";
  /** The folder of the grouped runs in a study directory. */
  public static final String GROUPS = "groups";
  /** A group folder whose name would be longer is named by its place in the grouping instead. */
  private static final int LONGEST_GROUP_FOLDER = 120;

  public StudyPlan {
    runs = List.copyOf(runs);
  }

  public static StudyPlan of(Study study) {
    List<String> tasks = study.experiment().tasks().stream().map(TaskSpec::name).toList();
    List<PlannedRun> runs = new ArrayList<>();
    boolean several = study.sharings().size() > 1;
    List<String> folders = taskFolders(tasks);
    List<String> alone = study.groups().stream().filter(g -> g.size() == 1).map(g -> g.get(0)).toList();
    if (study.baselines() || !alone.isEmpty()) {
      for (Sharing sharing : study.sharings()) {
        for (long seed : study.seeds()) {
          for (int k = 0; k < tasks.size(); k++) {
            if (!study.baselines() && !alone.contains(tasks.get(k))) {
              continue;
            }
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
        for (long seed : study.seeds()) {
          for (int g = 0; g < study.groups().size(); g++) {
            List<String> members = study.groups().get(g);
            if (members.size() > 1) {
              runs.add(new PlannedRun(RunKey.group(strategy, members, sharing, seed), grouped(strategy, sharing, several) + "/"
                  + groupFolder(members, g, tasks, folders) + "/" + seedFolder(seed)));
            }
          }
        }
      }
    }
    return new StudyPlan(runs);
  }

  /** The folder of one strategy's grouped runs under one sharing scheme: its groups' runs and its summary.json. */
  public static String grouped(String strategy, Sharing sharing, boolean severalSharings) {
    return GROUPS + "/" + group(strategy, sharing, severalSharings);
  }

  /** "y1+y2" from the tasks' safe folder names; "group-2" when that would be too long. */
  private static String groupFolder(List<String> members, int index, List<String> tasks, List<String> folders) {
    String name = TaskGroups.joined(members.stream().map(t -> folders.get(tasks.indexOf(t))).toList());
    return name.length() <= LONGEST_GROUP_FOLDER ? name : "group-" + (index + 1);
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

  /** The runs of all tasks together (not the baselines, not the grouped runs). */
  public List<PlannedRun> multiTaskRuns() {
    return runs.stream().filter(r -> !r.key().baseline() && !r.key().grouped()).toList();
  }

  /** The runs of the groups of two or more tasks of the study's grouping. */
  public List<PlannedRun> groupRuns() {
    return runs.stream().filter(r -> r.key().grouped()).toList();
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

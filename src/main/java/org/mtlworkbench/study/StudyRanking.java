package org.mtlworkbench.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mtlworkbench.diagnostics.WelchTest;
import org.mtlworkbench.store.TransferRow;

/**
 * What a study's rows say when set against one another: the best row of each task, the answer
 * per task (the best against the next, Welch's two-sided t-test over the seeds), and, in a study
 * that tests a grouping, each strategy's tasks together against the same strategy grouped.
 */
final class StudyRanking {
  private StudyRanking() {}

  /** The rows with each task's best mean marked. */
  static List<StudyResults.Group> markBest(List<StudyResults.Group> groups, List<TaskMetric> tasks) {
    int[] best = new int[tasks.size()];
    for (int k = 0; k < tasks.size(); k++) {
      best[k] = ranked(groups, tasks.get(k), k).stream().findFirst().map(groups::indexOf).orElse(-1);
    }
    List<StudyResults.Group> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      StudyResults.Group x = groups.get(g);
      List<StudyResults.TaskResult> ts = new ArrayList<>();
      for (int k = 0; k < x.tasks().size(); k++) {
        StudyResults.TaskResult t = x.tasks().get(k);
        ts.add(new StudyResults.TaskResult(t.task(), t.metric(), t.values(), t.mean(), t.std(), t.transfer(), best[k] == g));
      }
      out.add(new StudyResults.Group(x.strategy(), x.sharing(), x.label(), x.folder(), x.status(), x.message(), x.runs(),
          x.finished(), ts, x.transfer(), x.findings(), x.wallMean(), x.wallStd(), x.grouping()));
    }
    return out;
  }

  /** Groups with a mean for task k, best first (ties keep plan order). */
  private static List<StudyResults.Group> ranked(List<StudyResults.Group> groups, TaskMetric task, int k) {
    Comparator<StudyResults.Group> byMean = Comparator.comparingDouble(g -> g.tasks().get(k).mean());
    return groups.stream().filter(g -> g.tasks().get(k).mean() != null)
        .sorted(task.higherIsBetter() ? byMean.reversed() : byMean).toList();
  }

  /** The answer for task k: the best row, against the next; null when no row has a result. */
  static StudyResults.Answer answer(List<StudyResults.Group> groups, TaskMetric task, int k) {
    List<StudyResults.Group> r = ranked(groups, task, k);
    if (r.isEmpty()) {
      return null;
    }
    StudyResults.TaskResult best = r.get(0).tasks().get(k);
    if (r.size() == 1) {
      return new StudyResults.Answer(task.task(), task.metric(), task.higherIsBetter(), r.get(0).label(), best, null, null, null);
    }
    StudyResults.TaskResult next = r.get(1).tasks().get(k);
    double p = WelchTest.pValue(values(best), values(next));
    return new StudyResults.Answer(task.task(), task.metric(), task.higherIsBetter(), r.get(0).label(), best, r.get(1).label(), next,
        TransferRow.num(p));
  }

  private static double[] values(StudyResults.TaskResult t) {
    return t.values().stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
  }

  /**
   * Per strategy and sharing scheme with a grouped row, per task that both rows have a result
   * for: all tasks together against the grouping, with Welch's p over the seeds.
   */
  static List<StudyResults.GroupedAnswer> groupedAnswers(List<StudyResults.Group> groups, List<TaskMetric> tasks) {
    List<StudyResults.GroupedAnswer> out = new ArrayList<>();
    for (StudyResults.Group g : groups) {
      if (!g.grouped()) {
        continue;
      }
      StudyResults.Group together = groups.stream().filter(x -> !x.grouped() && x.strategy().equals(g.strategy())
          && x.sharing().equals(g.sharing())).findFirst().orElse(null);
      if (together == null) {
        continue;
      }
      for (int k = 0; k < tasks.size(); k++) {
        StudyResults.TaskResult a = together.tasks().get(k);
        StudyResults.TaskResult b = g.tasks().get(k);
        if (a.mean() == null || b.mean() == null) {
          continue;
        }
        TaskMetric t = tasks.get(k);
        out.add(new StudyResults.GroupedAnswer(t.task(), t.metric(), t.higherIsBetter(), together.label(), a, g.label(), b,
            TransferRow.num(WelchTest.pValue(values(a), values(b)))));
      }
    }
    return out;
  }
}

package org.mtlworkbench.ui.study;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.study.StudyResults;

/**
 * One line of the study's table: a strategy (under a sharing scheme) and one task, with the
 * numbers as the engine computed them ({@link StudyResults}); the table formats them and sorts by
 * them. A strategy with no finished run yet is one line with no task, its status and why.
 *
 * @param group the strategy under its sharing scheme, with its runs
 * @param task the task's result, or null for a strategy with no finished run
 */
public record StudyRow(StudyResults.Group group, StudyResults.TaskResult task) {

  /** The table's lines for {@code results}, in plan order, task by task. */
  public static List<StudyRow> of(StudyResults results) {
    List<StudyRow> rows = new ArrayList<>();
    if (results == null) {
      return rows;
    }
    for (StudyResults.Group g : results.groups()) {
      if (g.finished().isEmpty()) {
        rows.add(new StudyRow(g, null));
        continue;
      }
      for (StudyResults.TaskResult t : g.tasks()) {
        rows.add(new StudyRow(g, t));
      }
    }
    return rows;
  }

  public String strategy() {
    return group.label();
  }

  public String taskName() {
    return task == null ? "" : task.task();
  }

  public Double mean() {
    return task == null ? null : task.mean();
  }

  public Double std() {
    return task == null ? null : task.std();
  }

  /** The comparison with the single-task baseline, or null. */
  public TransferRow transfer() {
    return task == null ? null : task.transfer();
  }

  public Double deltaMean() {
    return transfer() == null ? null : transfer().deltaMean();
  }

  public Double pValue() {
    return transfer() == null ? null : transfer().pValue();
  }

  public boolean best() {
    return task != null && task.best();
  }

  /** "finished", "pending", or "diverged: why" for a strategy whose runs did not all finish. */
  public String status() {
    return group.allFinished() || group.message() == null || group.message().isBlank() ? group.status()
        : group.status() + ": " + group.message();
  }
}

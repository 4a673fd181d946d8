package org.mtlworkbench.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;

/**
 * A grouping of a study's tasks: a partition of the experiment's tasks into two or more groups,
 * each group trained as its own model (a group of one is its single-task baseline). A study with
 * one compares "all tasks together" with "each group apart", so that a grouping the task affinity
 * suggests (TAG, Fifty et al. 2021, §3.3) is tested rather than only shown. This class is the one
 * home of what a valid grouping is and of how one is written: in a study file
 * ({@code "groups": [["y1","y2"],["y3"]]}), on the command line ({@code --groups "y1,y2;y3"}) and
 * in labels ({@code y1+y2 | y3}).
 */
public final class TaskGroups {
  /** Joins the tasks of a group in labels and folder names. */
  public static final String JOIN = "+";
  /** Separates the groups in labels. */
  public static final String SEPARATOR = " | ";

  private TaskGroups() {}

  /**
   * What is wrong with a grouping.
   *
   * @param field the field, as a study file's path spells it ("groups[1][0]")
   * @param message what is wrong, one line
   */
  public record Problem(String field, String message) {
    /** As an exception whose message names the field first. */
    public InputException exception() {
      return new InputException(field + ": " + message);
    }
  }

  /**
   * The first thing wrong with {@code groups} as a partition of {@code tasks}, or null when it is
   * one: each name a task of the experiment, no task in two groups, every task in a group, no
   * group empty, at least two groups.
   */
  public static Problem problem(List<List<String>> groups, List<String> tasks) {
    if (groups.size() < 2) {
      return new Problem("groups", "a grouping needs 2 groups or more, got " + groups.size()
          + " (all tasks in one group is the multi-task run the study trains anyway)");
    }
    Map<String, Integer> where = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      List<String> group = groups.get(g);
      if (group == null || group.isEmpty()) {
        return new Problem("groups[" + g + "]", "the group is empty; list one task or more, or leave the group out");
      }
      for (int i = 0; i < group.size(); i++) {
        String field = "groups[" + g + "][" + i + "]";
        String task = group.get(i);
        if (task == null || task.isBlank()) {
          return new Problem(field, "the task name is empty");
        }
        if (!tasks.contains(task)) {
          return new Problem(field, "unknown task '" + task + "'; the experiment's tasks are " + String.join(", ", tasks));
        }
        Integer before = where.put(task, g);
        if (before != null) {
          return new Problem(field, "task '" + task + "' is already in "
              + (before == g ? "this group" : "groups[" + before + "]") + "; each task goes in one group");
        }
      }
    }
    for (String t : tasks) {
      if (!where.containsKey(t)) {
        return new Problem("groups", "task '" + t + "' is in no group; every task of the experiment goes in exactly one");
      }
    }
    return null;
  }

  /**
   * The grouping the command line writes as {@code "y1,y2;y3"}: groups separated by ';', tasks by
   * ','. Checked as a study file's {@code groups} is ({@link #problem}), by the study.
   */
  public static List<List<String>> parse(String text) {
    List<List<String>> groups = new ArrayList<>();
    for (String group : text.split(";", -1)) {
      List<String> tasks = new ArrayList<>();
      if (!group.isBlank()) {
        for (String t : group.split(",", -1)) {
          tasks.add(t.strip());
        }
      }
      groups.add(tasks);
    }
    return groups;
  }

  /** "y1+y2 | y3". */
  public static String label(List<List<String>> groups) {
    return String.join(SEPARATOR, groups.stream().map(TaskGroups::joined).toList());
  }

  /** One group: "y1+y2". */
  public static String joined(List<String> group) {
    return String.join(JOIN, group);
  }

  /** The command line's spelling, "y1,y2;y3" (what {@link #parse} reads). */
  public static String option(List<List<String>> groups) {
    return String.join(";", groups.stream().map(g -> String.join(",", g)).toList());
  }

  /** An unmodifiable deep copy (empty for null). */
  static List<List<String>> copy(List<List<String>> groups) {
    return groups == null ? List.of()
        : groups.stream().map(g -> g == null ? List.<String>of() : Collections.unmodifiableList(new ArrayList<>(g))).toList();
  }
}

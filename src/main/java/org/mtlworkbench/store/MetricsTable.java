package org.mtlworkbench.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * metrics.csv in columns: per row the step, epoch, task and split as indices, and every further
 * column as a float (the writer writes floats; empty cells are NaN).
 */
final class MetricsTable {
  private static final List<String> KEY = RunFiles.METRICS_KEY;

  final List<String> columns;
  final List<String> tasks = new ArrayList<>();
  final List<String> splits = new ArrayList<>();
  int size;
  long[] steps = new long[256];
  int[] epochs = new int[256];
  int[] task = new int[256];
  int[] split = new int[256];
  float[][] values;

  private MetricsTable(List<String> columns, List<String> knownTasks) {
    this.columns = List.copyOf(columns);
    this.tasks.addAll(knownTasks);
    this.values = new float[columns.size()][256];
  }

  /**
   * Reads metrics.csv; an empty table when the file is missing or has no complete header yet.
   *
   * @param knownTasks tasks to list first, in this order (those of run.json), or none
   */
  static MetricsTable read(Path file, List<String> knownTasks) {
    MetricsTable[] table = {new MetricsTable(List.of(), knownTasks)};
    CsvRows.read(file, KEY, header -> {
      table[0] = new MetricsTable(header.subList(KEY.size(), header.size()), knownTasks);
      return table[0]::add;
    });
    return table[0];
  }

  private void add(CsvRows.Row row) {
    if (size == steps.length) {
      int n = size * 2;
      steps = Arrays.copyOf(steps, n);
      epochs = Arrays.copyOf(epochs, n);
      task = Arrays.copyOf(task, n);
      split = Arrays.copyOf(split, n);
      for (int c = 0; c < values.length; c++) {
        values[c] = Arrays.copyOf(values[c], n);
      }
    }
    long step = row.integer(0);
    if (size > 0 && step < steps[size - 1]) {
      throw row.error(0, "step " + step + " comes after step " + steps[size - 1] + " (steps never decrease)");
    }
    steps[size] = step;
    epochs[size] = (int) row.integer(1);
    task[size] = index(tasks, row.text(2));
    split[size] = index(splits, row.text(3));
    for (int c = 0; c < values.length; c++) {
      values[c][size] = (float) row.number(KEY.size() + c);
    }
    size++;
  }

  private static int index(List<String> names, String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      names.add(name);
      i = names.size() - 1;
    }
    return i;
  }

  int column(String name) {
    return columns.indexOf(name);
  }
}

package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the cells of one target column while a CSV file streams by, then decides the target's
 * type and turns the labels into a {@link TargetColumn}.
 *
 * <p>Detection, unless a type is given: any non-numeric label makes a classification target (two
 * distinct labels: binary, more: multiclass); numeric labels that are all 0 or 1 make a binary
 * target; other numbers make a regression target. Class names are ordered numerically for
 * numeric labels (so "2" comes before "10"), numbers before text, text by {@link
 * String#compareTo}: the order, and so each class index, does not depend on the row order. An
 * empty or {@code NaN} cell is "no label" and stored as NaN.
 *
 * <p>Each distinct label gets a provisional id in order of appearance, stored per row, so one
 * pass suffices; ids stop being tracked past {@link #MAX_CLASSES} distinct labels (a regression
 * column then keeps only its values).
 */
final class TargetColumnCollector {
  /** More distinct labels than this cannot be a classification target. */
  static final int MAX_CLASSES = 1000;

  private final String file;
  private final String column;
  private float[] values;
  private int[] ids;
  private final Map<String, Integer> idOfLabel = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
  private boolean allZeroOne = true;
  private String firstText;
  private long firstTextLine;
  private int labelled;

  TargetColumnCollector(String file, String column, int capacity) {
    this.file = file;
    this.column = column;
    this.values = new float[capacity];
    this.ids = new int[capacity];
  }

  void grow(int capacity) {
    values = Arrays.copyOf(values, capacity);
    if (ids != null) {
      ids = Arrays.copyOf(ids, capacity);
    }
  }

  void add(int row, String cell, long line) {
    if (CsvCells.isMissing(cell)) {
      values[row] = Float.NaN;
      if (ids != null) {
        ids[row] = -1;
      }
      return;
    }
    labelled++;
    double v = CsvCells.parseNumber(cell);
    if (!Double.isNaN(v)) {
      if (Float.isInfinite((float) v)) { // also finite doubles beyond float range
        throw CsvCellError.at(file, line, column, CsvCells.quote(cell) + " is not a finite number");
      }
      values[row] = (float) v;
      if (v != 0 && v != 1) {
        allZeroOne = false;
      }
    } else {
      values[row] = Float.NaN;
      allZeroOne = false;
      if (firstText == null) {
        firstText = cell;
        firstTextLine = line;
      }
    }
    if (ids != null) {
      String key = Double.isNaN(v) ? cell.strip() : canonical(v);
      Integer id = idOfLabel.get(key);
      if (id == null) {
        id = labels.size();
        idOfLabel.put(key, id);
        labels.add(key);
        if (labels.size() > MAX_CLASSES) {
          ids = null;
          return;
        }
      }
      ids[row] = id;
    }
  }

  /**
   * The finished column over the first {@code rows} rows.
   *
   * @param override the declared type, or {@code null} to detect it
   */
  TargetColumn finish(int rows, TaskType override) {
    if (labelled == 0) {
      throw CsvCellError.atColumn(file, column, "the target has no labels (every cell is empty)");
    }
    TaskType type = override != null ? override : detect();
    if (type == TaskType.REGRESSION) {
      if (firstText != null) {
        throw CsvCellError.at(file, firstTextLine, column,
            CsvCells.quote(firstText) + " is not a number (the target is a regression target)");
      }
      return new TargetColumn(column, type, Arrays.copyOf(values, rows), List.of());
    }
    return classification(rows, type);
  }

  private TaskType detect() {
    if (firstText == null && !allZeroOne) {
      return TaskType.REGRESSION;
    }
    if (ids == null) {
      throw tooManyClasses();
    }
    return labels.size() == 2 ? TaskType.BINARY : TaskType.MULTICLASS;
  }

  private TargetColumn classification(int rows, TaskType type) {
    if (ids == null) {
      throw tooManyClasses();
    }
    if (labels.size() < 2) {
      throw CsvCellError.atColumn(file, column,
          "a classification target needs at least two classes, but every label is '"
              + labels.get(0) + "'");
    }
    if (type == TaskType.BINARY && labels.size() != 2) {
      throw CsvCellError.atColumn(file, column, "the target is binary but has " + labels.size()
          + " classes: " + preview(sortedLabels()));
    }
    List<String> classNames = sortedLabels();
    int[] indexOfId = new int[labels.size()];
    for (int c = 0; c < classNames.size(); c++) {
      indexOfId[idOfLabel.get(classNames.get(c))] = c;
    }
    float[] out = new float[rows];
    for (int r = 0; r < rows; r++) {
      out[r] = ids[r] < 0 ? Float.NaN : indexOfId[ids[r]];
    }
    return new TargetColumn(column, type, out, classNames);
  }

  private List<String> sortedLabels() {
    List<String> sorted = new ArrayList<>(labels);
    sorted.sort(LABEL_ORDER);
    return sorted;
  }

  private RuntimeException tooManyClasses() {
    return CsvCellError.atColumn(file, column, "more than " + MAX_CLASSES
        + " distinct labels: too many for a classification target (declare it regression?)");
  }

  private static String preview(List<String> names) {
    return names.size() <= 10
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, 10)) + ", ...";
  }

  /** Integral values print without a fraction, so "1", "1.0" and "1e0" are one class "1". */
  static String canonical(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** Numbers (numerically) before text (lexicographically). */
  static final Comparator<String> LABEL_ORDER =
      (a, b) -> {
        double x = CsvCells.parseNumber(a);
        double y = CsvCells.parseNumber(b);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
          return Double.compare(x, y);
        }
        if (!Double.isNaN(x)) {
          return -1;
        }
        if (!Double.isNaN(y)) {
          return 1;
        }
        return a.compareTo(b);
      };
}

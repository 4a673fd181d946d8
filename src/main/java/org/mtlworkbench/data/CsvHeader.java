package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.mtlworkbench.common.InputException;

/**
 * The header line of a CSV file and the column indices that {@link CsvOptions} select from it.
 *
 * @param file file name for messages
 * @param names column names in file order
 * @param targetColumns per requested target, its column index
 * @param featureColumns per feature, its column index
 */
record CsvHeader(String file, List<String> names, int[] targetColumns, int[] featureColumns) {

  static CsvHeader read(String file, CSVRecord header, CsvOptions options) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      if (c == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      if (name.isEmpty()) {
        throw CsvCellError.atLine(file, 1, "column " + (c + 1) + " has no name in the header");
      }
      Integer previous = index.putIfAbsent(name, c);
      if (previous != null) {
        throw CsvCellError.atLine(file, 1, "the header names column '" + name + "' twice (columns "
            + (previous + 1) + " and " + (c + 1) + ")");
      }
      names.add(name);
    }
    int[] targets = resolve(file, options.targets(), index, names);
    Set<String> targetSet = new HashSet<>();
    for (String t : options.targets()) {
      if (!targetSet.add(t)) {
        throw new InputException(file + ": target column '" + t + "' is named twice");
      }
    }
    for (String t : options.typeOverrides().keySet()) {
      if (!targetSet.contains(t)) {
        throw new InputException(file + ": a type is given for '" + t + "', which is not a target");
      }
    }
    List<String> featureNames;
    if (options.features() == null) {
      featureNames = names.stream().filter(n -> !targetSet.contains(n)).toList();
    } else {
      featureNames = options.features();
      Set<String> seen = new HashSet<>();
      for (String f : featureNames) {
        if (targetSet.contains(f)) {
          throw new InputException(file + ": column '" + f + "' is both a target and a feature");
        }
        if (!seen.add(f)) {
          throw new InputException(file + ": feature column '" + f + "' is named twice");
        }
      }
    }
    if (featureNames.isEmpty()) {
      throw new InputException(file + ": no feature columns are left besides the targets");
    }
    int[] features = resolve(file, featureNames, index, names);
    return new CsvHeader(file, List.copyOf(names), targets, features);
  }

  List<String> featureNames() {
    List<String> out = new ArrayList<>(featureColumns.length);
    for (int c : featureColumns) {
      out.add(names.get(c));
    }
    return out;
  }

  String name(int column) {
    return names.get(column);
  }

  private static int[] resolve(
      String file, List<String> wanted, Map<String, Integer> index, List<String> names) {
    int[] out = new int[wanted.size()];
    for (int i = 0; i < out.length; i++) {
      Integer c = index.get(wanted.get(i));
      if (c == null) {
        throw new InputException(file + " has no column '" + wanted.get(i) + "'; columns are: "
            + preview(names) + separatorHint(names));
      }
      out[i] = c;
    }
    return out;
  }

  /** A file read as one column that holds tabs or semicolons was likely written with that separator. */
  private static String separatorHint(List<String> names) {
    if (names.size() != 1) {
      return "";
    }
    String only = names.get(0);
    return only.contains("\t") ? " (the header is one column: separate columns with commas, not tabs)"
        : only.contains(";") ? " (the header is one column: separate columns with commas, not semicolons)" : "";
  }

  private static String preview(List<String> names) {
    int shown = Math.min(names.size(), 30);
    String s = String.join(", ", names.subList(0, shown));
    return shown < names.size() ? s + ", ... (" + names.size() + " columns)" : s;
  }
}

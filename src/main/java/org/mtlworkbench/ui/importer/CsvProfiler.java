package org.mtlworkbench.ui.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mtlworkbench.common.InputException;

/**
 * One streamed pass over a CSV file for the import dialog: the header, the first rows for the
 * preview, and a {@link ColumnProfile} per column. Problems that no choice of roles can fix (an
 * unreadable file, a row with the wrong number of cells) are an {@link InputException} naming the
 * line.
 */
public final class CsvProfiler {
  /** Rows shown in the preview. */
  public static final int PREVIEW_ROWS = 20;

  private CsvProfiler() {}

  /**
   * The file's header, first rows and column profiles.
   *
   * @param file a CSV file with a header line
   * @param rows data rows in the whole file
   * @param preview the first {@link #PREVIEW_ROWS} rows
   */
  public record Result(Path file, List<String> header, int rows, List<List<String>> preview, List<ColumnProfile> columns) {}

  public static Result read(Path file) {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(name + ": no such file");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
      var it = parser.iterator();
      if (!it.hasNext()) {
        throw new InputException(name + " is empty: expected a header line and rows");
      }
      List<String> header = new ArrayList<>();
      for (String cell : it.next()) {
        header.add(cell.strip().replace("\uFEFF", ""));
      }
      int n = header.size();
      Counter[] counters = new Counter[n];
      for (int c = 0; c < n; c++) {
        if (header.get(c).isEmpty()) {
          throw new InputException(name + ", line 1: column " + (c + 1) + " has no name in the header");
        }
        counters[c] = new Counter();
      }
      List<List<String>> preview = new ArrayList<>();
      int row = 0;
      while (it.hasNext()) {
        CSVRecord record = it.next();
        row++;
        if (record.size() != n) {
          throw new InputException(name + ", line " + parser.getCurrentLineNumber() + ": " + record.size()
              + " values, but the header has " + n + " columns");
        }
        if (preview.size() < PREVIEW_ROWS) {
          preview.add(record.toList());
        }
        for (int c = 0; c < n; c++) {
          counters[c].add(record.get(c), row);
        }
      }
      if (row == 0) {
        throw new InputException(name + " has a header line but no rows");
      }
      List<ColumnProfile> columns = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        columns.add(counters[c].profile(header.get(c)));
      }
      return new Result(file, List.copyOf(header), row, List.copyOf(preview), List.copyOf(columns));
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": the file is not UTF-8 text; save it as UTF-8 (or plain ASCII)", e);
    } catch (UncheckedIOException e) {
      throw new InputException(name + ": malformed CSV (" + e.getCause().getMessage() + ")", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Tallies one column. */
  private static final class Counter {
    int numbers;
    int texts;
    int missing;
    int firstTextRow;
    String firstText;
    int firstMissingRow;
    boolean zeroOne = true;
    final Set<String> distinct = new HashSet<>();

    void add(String cell, int row) {
      String t = cell.strip();
      if (t.isEmpty() || t.equalsIgnoreCase("nan")) {
        missing++;
        if (firstMissingRow == 0) {
          firstMissingRow = row;
        }
        return;
      }
      double v = number(t);
      if (Double.isNaN(v)) {
        texts++;
        zeroOne = false;
        if (firstTextRow == 0) {
          firstTextRow = row;
          firstText = t;
        }
      } else {
        numbers++;
        if (v != 0 && v != 1) {
          zeroOne = false;
        }
      }
      if (distinct.size() <= ColumnProfile.MAX_DISTINCT) {
        distinct.add(Double.isNaN(v) ? t : Double.toString(v));
      }
    }

    ColumnProfile profile(String name) {
      return new ColumnProfile(name, numbers, texts, missing, firstTextRow, firstText, firstMissingRow,
          distinct.size(), zeroOne && numbers > 0);
    }
  }

  /**
   * A cell as a number the way the dataset loader reads it (decimal notation; no "1f", no hex),
   * or NaN when it is text.
   */
  static double number(String t) {
    char c = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    boolean plausible = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'I';
    if (!plausible || Character.isLetter(last) && last != 'y' || t.indexOf('x') >= 0 || t.indexOf('X') >= 0) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}

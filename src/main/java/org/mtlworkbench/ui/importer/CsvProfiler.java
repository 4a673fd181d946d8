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
import org.mtlworkbench.data.CsvCells;
import org.mtlworkbench.data.CsvSyntax;

/**
 * One streamed pass over a CSV file for the import dialog: the header, the first rows for the
 * preview, and a {@link ColumnProfile} per column. Problems that no choice of roles can fix (an
 * unreadable file, a row with the wrong number of cells) are one line naming the file and the
 * line: thrown when nothing could be read, else returned with what was read before them.
 */
public final class CsvProfiler {
  /** Rows shown in the preview. */
  public static final int PREVIEW_ROWS = 20;

  private CsvProfiler() {}

  /**
   * The file's header, first rows and column profiles.
   *
   * @param file a CSV file with a header line
   * @param rows data rows read (all of them, unless {@code error} stopped the reading)
   * @param preview the first {@link #PREVIEW_ROWS} rows
   * @param error what makes the file unusable whatever the roles (a row with the wrong number of
   *     cells, a quote never closed), naming the file and the line; null when there is nothing
   */
  public record Result(Path file, List<String> header, int rows, List<List<String>> preview, List<ColumnProfile> columns,
      String error) {
    public Result(Path file, List<String> header, int rows, List<List<String>> preview, List<ColumnProfile> columns) {
      this(file, header, rows, preview, columns, null);
    }
  }

  /**
   * Reads the file. A problem found after the header (a ragged row, a quote never closed, bytes
   * that are not UTF-8) ends the reading and is returned in {@link Result#error()} with what was
   * read until then, so the dialog can show the rows around it.
   *
   * @throws InputException when there is nothing to show: no such file, a folder, no header
   */
  public static Result read(Path file) {
    String name = file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name + ": is a folder, not a CSV file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name + ": no such file");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
      var it = parser.iterator();
      List<String> header = new ArrayList<>();
      try {
        if (!it.hasNext()) {
          throw new InputException(name + " is empty: expected a header line and rows");
        }
        for (String cell : it.next()) {
          header.add(cell.strip().replace("\uFEFF", ""));
        }
      } catch (UncheckedIOException e) {
        throw CsvSyntax.error(name, parser.getCurrentLineNumber(), e);
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
      String error = null;
      while (error == null) {
        CSVRecord record;
        try {
          if (!it.hasNext()) {
            break;
          }
          record = it.next();
        } catch (UncheckedIOException e) {
          error = CsvSyntax.error(name, parser.getCurrentLineNumber(), e).getMessage();
          break;
        }
        if (record.size() != n) {
          error = CsvSyntax.ragged(name, parser.getCurrentLineNumber(), record.size(), n).getMessage();
          break;
        }
        row++;
        if (preview.size() < PREVIEW_ROWS) {
          preview.add(record.toList());
        }
        for (int c = 0; c < n; c++) {
          counters[c].add(record.get(c), row);
        }
      }
      if (row == 0 && error == null) {
        throw new InputException(name + " has a header line but no rows");
      }
      List<ColumnProfile> columns = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        columns.add(counters[c].profile(header.get(c)));
      }
      return new Result(file, List.copyOf(header), row, List.copyOf(preview), List.copyOf(columns), error);
    } catch (CharacterCodingException e) {
      throw CsvSyntax.notUtf8(name, e);
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
      if (CsvCells.isMissing(t)) {
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

  /** A cell as a number the way the dataset loader reads it, or NaN when it is text. */
  static double number(String t) {
    return CsvCells.parseNumber(t);
  }
}

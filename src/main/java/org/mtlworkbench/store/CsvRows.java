package org.mtlworkbench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CsvSyntax;

/**
 * Reads one of a run's CSV files row by row, forgiving only the damage a crash can do: a last
 * line cut short (no line break, or too few fields) is dropped; anything wrong before it is an
 * {@link InputException} naming the file and the line.
 */
final class CsvRows {
  /** Receives each complete data row. */
  interface Sink {
    void row(Row row);
  }

  /** One data row, with what is needed to name it in an error. */
  static final class Row {
    private final Path file;
    private final long line;
    private final CSVRecord record;
    private final List<String> header;

    Row(Path file, long line, CSVRecord record, List<String> header) {
      this.file = file;
      this.line = line;
      this.record = record;
      this.header = header;
    }

    String text(int column) {
      return record.get(column);
    }

    long integer(int column) {
      String s = record.get(column).strip();
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw error(column, "'" + s + "' is not a whole number");
      }
    }

    /** Empty is NaN ("not computed"); "inf" and "-inf" as the writer spells infinity. */
    double number(int column) {
      String s = record.get(column).strip();
      switch (s) {
        case "":
        case "nan":
        case "NaN":
          return Double.NaN;
        case "inf":
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-inf":
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
      char last = s.charAt(s.length() - 1);
      if (Character.isDigit(last) || last == '.') {
        try {
          return Double.parseDouble(s);
        } catch (NumberFormatException e) {
          // named below
        }
      }
      throw error(column, "'" + s + "' is not a number");
    }

    InputException error(int column, String what) {
      return new InputException(file + ", line " + line + ", column '" + header.get(column) + "': " + what);
    }

    InputException error(String what) {
      return new InputException(file + ", line " + line + ": " + what);
    }
  }

  private CsvRows() {}

  /**
   * Reads {@code file}: hands its header (which must start with {@code requiredStart}) to {@code
   * sinkFor}, then every data row to the sink it returns. Nothing happens when the file is
   * missing, empty, or its header line is unfinished.
   */
  static void read(Path file, List<String> requiredStart, Function<List<String>, Sink> sinkFor) {
    if (!Files.exists(file)) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a folder, not a file");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    try (Reader reader = CompleteLines.open(file); CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!hasNext(it, file, parser)) {
        return;
      }
      List<String> header = new java.util.ArrayList<>(next(it, file, parser).toList());
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1)); // saved by a spreadsheet: a byte-order mark
      }
      header = List.copyOf(header);
      if (header.size() < requiredStart.size() || !header.subList(0, requiredStart.size()).equals(requiredStart)) {
        throw new InputException(file + ", line 1: the header must start with " + String.join(",", requiredStart) + ", found "
            + String.join(",", header));
      }
      Sink sink = sinkFor.apply(header);
      CSVRecord pending = null;
      long pendingLine = 0;
      while (hasNext(it, file, parser)) {
        CSVRecord rec = next(it, file, parser);
        if (pending != null) {
          emit(file, pendingLine, pending, header, sink, false);
        }
        pending = rec;
        pendingLine = rec.getRecordNumber();
      }
      if (pending != null) {
        emit(file, pendingLine, pending, header, sink, true);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static void emit(Path file, long line, CSVRecord rec, List<String> header, Sink sink, boolean last) {
    if (rec.size() != header.size()) {
      if (last) {
        return; // the line a crash cut short
      }
      throw new InputException(file + ", line " + line + ": " + rec.size() + " fields where the header has " + header.size());
    }
    sink.row(new Row(file, line, rec, header));
  }

  private static boolean hasNext(Iterator<CSVRecord> it, Path file, CSVParser parser) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw CsvSyntax.error(file.toString(), parser.getCurrentLineNumber() + 1, e);
    }
  }

  private static CSVRecord next(Iterator<CSVRecord> it, Path file, CSVParser parser) {
    try {
      return it.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw CsvSyntax.error(file.toString(), parser.getCurrentLineNumber() + 1, e);
    }
  }
}

package org.mtlworkbench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mtlworkbench.common.InputException;

/**
 * Loads a CSV file with a header line into a {@link Dataset}.
 *
 * <p>Memory: the file is read twice as a stream and never held as text. The first pass ({@link
 * CsvRecordCounter}) only counts records, so the second pass (commons-csv) can write each feature
 * cell straight into one exactly sized row-major {@code float[]}: a 1,000,000 × 100 file needs the
 * 400 MB matrix plus a few MB per target, not a list of parsed rows next to it.
 *
 * <p>Every problem in the file or in the options is one {@link InputException} naming the file,
 * the line (1-based, the header is line 1) and the column. See {@link TargetColumnCollector} for
 * how target types are detected and labels become class indices.
 */
public final class CsvDatasetLoader {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

  private CsvDatasetLoader() {}

  public static Dataset load(Path file, CsvOptions options) {
    String name = file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name + ": is a folder, not a CSV file (" + file.toAbsolutePath() + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name + ": no such file (" + file.toAbsolutePath() + ")");
    }
    try {
      long records = CsvRecordCounter.count(file);
      if (records == 0) {
        throw new InputException(name + " is empty: expected a header line and rows");
      }
      long rows = records - 1;
      if (rows == 0) {
        throw new InputException(name + " has a header line but no rows");
      }
      try (Reader reader = open(file)) {
        return read(name, reader, options, rows);
      }
    } catch (CharacterCodingException e) {
      throw CsvSyntax.notUtf8(name, e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static Reader open(Path file) throws IOException {
    BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return r;
  }

  private static Dataset read(String name, Reader reader, CsvOptions options, long expectedRows)
      throws IOException {
    if (expectedRows > Integer.MAX_VALUE) {
      throw new InputException(name + ": " + expectedRows + " rows are more than can be loaded");
    }
    try (CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> it = parser.iterator();
      CsvHeader header = CsvHeader.read(name, next(name, parser, it), options);
      int d = header.featureColumns().length;
      int columns = header.names().size();
      long cells = expectedRows * d;
      if (cells > Integer.MAX_VALUE - 8) {
        throw new InputException(name + ": " + expectedRows + " rows × " + d
            + " features are more values than one array can hold");
      }
      int capacity = (int) expectedRows;
      float[] x = new float[capacity * d];
      FeatureImputer imputer = new FeatureImputer(name, header.featureNames(), options.impute());
      List<TargetColumnCollector> targets = new ArrayList<>();
      for (int c : header.targetColumns()) {
        targets.add(new TargetColumnCollector(name, header.name(c), capacity));
      }
      int row = 0;
      CSVRecord rec;
      while ((rec = next(name, parser, it)) != null) {
        long line = parser.getCurrentLineNumber();
        if (rec.size() != columns) {
          throw CsvSyntax.ragged(name, line, rec.size(), columns);
        }
        if (row == capacity) { // only if the counter and the parser disagree (odd quoting)
          capacity = Math.max(capacity + 1, capacity + capacity / 2);
          x = Arrays.copyOf(x, capacity * d);
          for (TargetColumnCollector t : targets) {
            t.grow(capacity);
          }
        }
        int base = row * d;
        for (int j = 0; j < d; j++) {
          x[base + j] = imputer.read(rec.get(header.featureColumns()[j]), j, line);
        }
        for (int t = 0; t < targets.size(); t++) {
          targets.get(t).add(row, rec.get(header.targetColumns()[t]), line);
        }
        row++;
      }
      if (row == 0) {
        throw new InputException(name + " has a header line but no rows");
      }
      if (row * d != x.length) {
        x = Arrays.copyOf(x, row * d);
      }
      imputer.fill(x, row);
      List<TargetColumn> columnsOut = new ArrayList<>();
      for (TargetColumnCollector t : targets) {
        String targetName = options.targets().get(columnsOut.size());
        columnsOut.add(t.finish(row, options.typeOverrides().get(targetName)));
      }
      return new Dataset(name, header.featureNames(), x, row, columnsOut);
    }
  }

  /** The next record, or null at the end; malformed quoting becomes an {@link InputException}. */
  private static CSVRecord next(String name, CSVParser parser, Iterator<CSVRecord> it) {
    try {
      return it.hasNext() ? it.next() : null;
    } catch (UncheckedIOException e) {
      throw CsvSyntax.error(name, parser.getCurrentLineNumber(), e);
    }
  }
}

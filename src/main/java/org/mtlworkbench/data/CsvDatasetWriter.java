package org.mtlworkbench.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a dataset as CSV that {@link CsvDatasetLoader} reads back: a header of the feature names
 * then the target names, one line per row, numbers with a fixed number of significant digits
 * (see {@link CompactNumbers}), class labels by name, and an empty cell where a target has no
 * label.
 */
public final class CsvDatasetWriter {
  /** Digits kept by default: float data has about 7, six keep files small and lose little. */
  public static final int DEFAULT_DIGITS = 6;

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CsvDatasetWriter() {}

  public static void write(Dataset data, Path file, int significantDigits) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(data, w, significantDigits);
    }
  }

  public static void write(Dataset data, Writer out, int significantDigits) throws IOException {
    if (significantDigits < 1 || significantDigits > 9) {
      throw new IllegalArgumentException("significant digits 1..9, got " + significantDigits);
    }
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    int d = data.featureCount();
    for (String f : data.featureNames()) {
      printer.print(f);
    }
    for (TargetColumn t : data.targets()) {
      printer.print(t.name());
    }
    printer.println();
    float[] x = data.features();
    for (int r = 0; r < data.rows(); r++) {
      for (int j = 0; j < d; j++) {
        printer.print(CompactNumbers.format(x[r * d + j], significantDigits));
      }
      for (TargetColumn t : data.targets()) {
        float v = t.values()[r];
        if (Float.isNaN(v) || t.type() == TaskType.REGRESSION) {
          printer.print(CompactNumbers.format(v, significantDigits));
        } else {
          printer.print(t.classNames().get((int) v));
        }
      }
      printer.println();
    }
    printer.flush();
  }
}

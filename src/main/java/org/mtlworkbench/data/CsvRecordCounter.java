package org.mtlworkbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the records of a CSV file by scanning its bytes once, without parsing values.
 *
 * <p>This is the cheap first pass of {@link CsvDatasetLoader}: knowing the row count lets the
 * loader fill one exactly sized {@code float[]} in its second pass instead of growing a list of
 * rows (which would hold the matrix twice). It follows RFC 4180 as commons-csv's default format
 * reads it: a quote opens a quoted field only at the start of a field, {@code ""} inside a quoted
 * field is a literal quote, line breaks inside quoted fields do not end a record, and empty lines
 * are not records. The delimiter, quote and line-break bytes are ASCII, so UTF-8 text can be
 * scanned byte by byte.
 */
final class CsvRecordCounter {
  private CsvRecordCounter() {}

  /** Number of records, the header included. */
  static long count(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return count(in);
    }
  }

  static long count(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    long records = 0;
    boolean lineHasContent = false;
    boolean fieldStart = true;
    boolean inQuotes = false;
    boolean quotePending = false; // in a quoted field, the previous byte was a quote
    boolean first = true;
    int n;
    while ((n = in.read(buf)) > 0) {
      int i = 0;
      if (first) {
        first = false;
        if (n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
          i = 3; // UTF-8 byte-order mark
        }
      }
      for (; i < n; i++) {
        byte b = buf[i];
        if (inQuotes) {
          if (quotePending) {
            quotePending = false;
            if (b == '"') {
              continue; // "" is an escaped quote
            }
            inQuotes = false; // the previous quote closed the field; handle b below
          } else {
            if (b == '"') {
              quotePending = true;
            }
            continue;
          }
        }
        if (b == '\n' || b == '\r') {
          if (lineHasContent) {
            records++;
          }
          lineHasContent = false;
          fieldStart = true;
        } else if (b == ',') {
          lineHasContent = true;
          fieldStart = true;
        } else {
          lineHasContent = true;
          if (fieldStart && b == '"') {
            inQuotes = true;
          }
          fieldStart = false;
        }
      }
    }
    if (lineHasContent || inQuotes) {
      records++;
    }
    return records;
  }
}

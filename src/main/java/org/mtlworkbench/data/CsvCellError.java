package org.mtlworkbench.data;

import org.mtlworkbench.common.InputException;

/** Builds the one-line messages that name a CSV file, line and column. */
final class CsvCellError {
  private CsvCellError() {}

  static InputException at(String file, long line, String column, String problem) {
    return new InputException(file + ", line " + line + ", column '" + column + "': " + problem);
  }

  static InputException atLine(String file, long line, String problem) {
    return new InputException(file + ", line " + line + ": " + problem);
  }

  static InputException atColumn(String file, String column, String problem) {
    return new InputException(file + ", column '" + column + "': " + problem);
  }
}

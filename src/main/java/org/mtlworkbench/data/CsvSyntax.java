package org.mtlworkbench.data;

import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtlworkbench.common.InputException;

/**
 * A CSV file that cannot even be split into cells, in a reader's words: commons-csv's own
 * messages ("EOF reached before encapsulated token finished") speak of tokens and encapsulation,
 * and the line they report for an unclosed quote is the last line of the file, not where the
 * quote opened. Shared by the dataset loader and the window's import.
 */
public final class CsvSyntax {
  private static final Pattern UNCLOSED = Pattern.compile("startline ([\\d,.\u00a0\u202f' ]+)\\) EOF reached");
  private static final Pattern AFTER_QUOTE = Pattern.compile("encapsulated token and delimiter at line: ([\\d,.\u00a0\u202f' ]+)");

  private CsvSyntax() {}

  /**
   * The one-line error for a failure to read {@code file} as CSV.
   *
   * @param line the parser's current line (used when the cause does not say better)
   * @param cause what the reader or parser threw (an {@code UncheckedIOException} is unwrapped)
   */
  public static InputException error(String file, long line, Throwable cause) {
    Throwable c = cause instanceof java.io.UncheckedIOException && cause.getCause() != null ? cause.getCause() : cause;
    if (c instanceof CharacterCodingException) {
      return notUtf8(file, c);
    }
    String text = c.getMessage() == null ? "" : c.getMessage();
    Matcher m = UNCLOSED.matcher(text);
    if (m.find()) {
      return new InputException(file + ", line " + number(m.group(1)) + ": a quote opens a cell that is never closed (the file ends"
          + " inside it); close the quote, and write a quote inside a cell as two (\"\")", cause);
    }
    m = AFTER_QUOTE.matcher(text);
    if (m.find()) {
      return new InputException(file + ", line " + number(m.group(1)) + ": text follows the closing quote of a cell; put the whole"
          + " cell in quotes and write a quote inside it as two (\"\")", cause);
    }
    return new InputException(file + ", line " + line + ": the line cannot be read as CSV (check its quotes and commas)", cause);
  }

  /** A row whose number of cells is not the header's. */
  public static InputException ragged(String file, long line, int values, int columns) {
    return new InputException(file + ", line " + line + ": " + values + (values == 1 ? " value" : " values")
        + ", but the header has " + columns + " columns");
  }

  /** The decoder reads ahead by blocks, so the line of a bad byte is not known exactly. */
  public static InputException notUtf8(String file, Throwable cause) {
    return new InputException(file + ": the file is not UTF-8 text; save it as UTF-8 (or plain ASCII)", cause);
  }

  /** "1,234" (the library formats its numbers with the default locale's grouping) → 1234. */
  private static long number(String grouped) {
    return Long.parseLong(grouped.replaceAll("\\D", ""));
  }
}

package org.mtlworkbench.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the PDF report may break a line: the JDK's own line-break rules ({@link
 * BreakIterator#getLineInstance}, an implementation of Unicode's line-breaking algorithm, UAX #14),
 * never inside a number.
 *
 * <p>Why not the renderer's default: openhtmltopdf's default breaker adds breaks after '.', '/'
 * and the like so that URLs wrap, which split "−0.85" and "−4114.9%" across two lines. Why not
 * ICU's breaker (openhtmltopdf-rtl-support): it brings ICU4J, 12 MB, which grew the installer
 * past its size budget for one rule. The JDK's rules keep "0.85" whole but allow a break between
 * a digit and a following sign such as "×" or "%" in some cases, so a break whose neighbours are
 * both parts of a number (digits, the decimal point and comma, the signs that lead or follow a
 * number) is skipped.
 */
final class PdfLineBreaker implements FSTextBreaker {
  private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    lines.setText(newText);
  }

  @Override
  public int next() {
    int at = lines.next();
    while (at != BreakIterator.DONE && at > 0 && at < text.length() && insideNumber(text.charAt(at - 1), text.charAt(at))) {
      at = lines.next();
    }
    return at;
  }

  /** A break between these two characters would cut a number or its sign or unit off. */
  static boolean insideNumber(char before, char after) {
    boolean digitBefore = Character.isDigit(before);
    boolean digitAfter = Character.isDigit(after);
    return (digitBefore || before == '.' || before == ',') && (digitAfter || isSuffix(after))
        || isPrefix(before) && (digitAfter || after == '.');
  }

  private static boolean isSuffix(char c) {
    return c == '%' || c == '×' || c == '.' || c == ',' || c == ')';
  }

  private static boolean isPrefix(char c) {
    return c == '−' || c == '-' || c == '+' || c == '±' || c == '(' || c == '$';
  }
}

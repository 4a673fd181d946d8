package org.mtlworkbench.common.text;

/**
 * A text as one line a person can read, for messages that quote what a user fed in (a cell, a
 * column name, a field value): line breaks and tabs become spaces, and characters that would
 * garble a terminal or a label (other control characters, and the Unicode overrides that reverse
 * the direction of the text after them) become U+FFFD, the usual mark of a character that cannot
 * be shown.
 */
public final class OneLine {
  /** Shown in place of a character that cannot be shown. */
  public static final char UNSHOWN = '\uFFFD';

  private OneLine() {}

  public static String of(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = c == '\n' || c == '\r' || c == '\t' ? ' ' : hidden(c) ? UNSHOWN : c;
      if (shown != c && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(shown);
      }
    }
    return b == null ? text : b.toString();
  }

  /** Control characters, and the bidirectional embeddings, overrides and isolates. */
  private static boolean hidden(char c) {
    return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}

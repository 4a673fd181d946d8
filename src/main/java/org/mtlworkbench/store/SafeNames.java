package org.mtlworkbench.store;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns any string a user or a dataset supplies (experiment names, dataset names) into one safe
 * path component: no separators, no "." or "..", no control characters, no leading dot (hidden
 * files, and the workspace keeps its own caches in dot folders), no names Windows reserves, and at
 * most {@value #MAX_BYTES} bytes of UTF-8 so that a timestamp and a counter still fit in the
 * 255-byte limit of common file systems.
 */
public final class SafeNames {
  /** The longest result, in UTF-8 bytes. */
  public static final int MAX_BYTES = 100;
  /** What an input with nothing usable becomes. */
  public static final String FALLBACK = "run";

  private static final Set<String> WINDOWS_RESERVED =
      Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
          "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private SafeNames() {}

  /**
   * Letters and digits (any script) and {@code . _ -} are kept; every other run of characters
   * becomes one '-'; dots, dashes and spaces are trimmed from both ends.
   */
  public static String fileName(String anyName) {
    if (anyName == null) {
      return FALLBACK;
    }
    String text = Normalizer.normalize(anyName, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-') {
        b.appendCodePoint(cp);
        dash = cp == '-';
      } else if (!dash) {
        b.append('-');
        dash = true;
      }
    }
    String s = trim(b.toString());
    s = trim(truncate(s, MAX_BYTES - 1));
    if (s.isEmpty()) {
      return FALLBACK;
    }
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
      s = "_" + s;
    }
    return s;
  }

  /** Strips '.', '-' from both ends (no hidden files, no option-looking names, no "." or ".."). */
  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == '.' || s.charAt(from) == '-')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == '-')) {
      to--;
    }
    return s.substring(from, to);
  }

  /** The longest prefix of whole code points that fits in {@code maxBytes} of UTF-8. */
  private static String truncate(String s, int maxBytes) {
    int bytes = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > maxBytes) {
        break;
      }
      bytes += n;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}

package org.mtlworkbench.report;

import java.util.List;

/**
 * A small writer of well-formed XHTML: every text and attribute value goes through
 * {@link #escape}, so a task called {@code <script>} is shown, never run, and the same page
 * parses as XML for the PDF renderer.
 */
public final class Xhtml {
  /** A cell that holds a number ("0.4321", "+13.6% ± 2.1%", "1.5e-4"): right-aligned, never wrapped. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+\\-−]?[0-9][0-9.,eE+\\-−%± ]*");

  private final StringBuilder out = new StringBuilder(1 << 16);

  /** Escapes the five characters that mean something in HTML and XML text and attributes. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters other than tab/newline are not allowed in XML 1.0
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Opens {@code tag} with attributes given as name, value pairs. */
  public Xhtml open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
    out.append('>');
    return this;
  }

  public Xhtml close(String tag) {
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /** {@code <tag>text</tag>}. */
  public Xhtml element(String tag, String text, String... attributes) {
    open(tag, attributes);
    out.append(escape(text));
    out.append("</").append(tag).append('>');
    return this;
  }

  public Xhtml text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup made elsewhere and well-formed already (an SVG chart). */
  public Xhtml raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A table with a header row; cells are text. */
  public Xhtml table(List<String> header, List<List<String>> rows, String... attributes) {
    open("table", attributes);
    open("thead").open("tr");
    for (String h : header) {
      element("th", h);
    }
    close("tr").close("thead");
    open("tbody");
    for (List<String> row : rows) {
      open("tr");
      for (String cell : row) {
        if (NUMBER.matcher(cell).matches()) {
          element("td", cell, "class", "num");
        } else {
          element("td", cell);
        }
      }
      close("tr");
    }
    close("tbody");
    return close("table");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

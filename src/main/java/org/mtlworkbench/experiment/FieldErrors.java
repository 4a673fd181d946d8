package org.mtlworkbench.experiment;

import java.util.regex.Pattern;
import org.mtlworkbench.common.InputException;

/**
 * Names the experiment file in front of an error that names only a field of it
 * ("data.generator.rows: must be 1 or more"): the data and the model check some fields only when
 * they are used, long after the file was read, and by then the message no longer says which file
 * to open. Errors that already name a file (a CSV's line, the experiment's own) pass unchanged.
 */
public final class FieldErrors {
  /**
   * A message that starts with one of the experiment's top-level fields, a task or the strategy, and not
   * with a file's name (a CSV may well be called data.csv).
   */
  private static final Pattern FIELD_FIRST = Pattern.compile(
      "^(?![^\\s,:]+\\.(csv|json|gz|zip|idx|ubyte)\\b)(schemaVersion|name|data|tasks|task '|model|optimizer|training|strategy|unknown strategy)\\b.*",
      Pattern.DOTALL);

  private FieldErrors() {}

  /** {@code e}, or the same message with {@code source} in front when it names only a field. */
  public static InputException inFile(String source, InputException e) {
    String m = e.getMessage();
    return m != null && FIELD_FIRST.matcher(m).matches() ? new InputException(source + ": " + m, e) : e;
  }
}

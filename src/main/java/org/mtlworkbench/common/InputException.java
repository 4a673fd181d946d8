package org.mtlworkbench.common;

import org.mtlworkbench.common.text.OneLine;

/**
 * A problem with something the user fed in: a data file, an experiment file, a command-line value.
 *
 * <p>The message is one line that names where the problem is (file, line, column or field) and
 * what is wrong, so that the command line can print it as is, without a stack trace, and the
 * desktop app can show it next to the field. Whatever the message quotes from the input (a cell
 * holding a line break, a column name with a tab) is kept on that one line by {@link OneLine}.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(OneLine.of(message));
  }

  public InputException(String message, Throwable cause) {
    super(OneLine.of(message), cause);
  }
}

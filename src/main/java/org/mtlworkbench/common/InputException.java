package org.mtlworkbench.common;

/**
 * A problem with something the user fed in: a data file, an experiment file, a command-line value.
 *
 * <p>The message is one line that names where the problem is (file, line, column or field) and
 * what is wrong, so that the command line can print it as is, without a stack trace, and the
 * desktop app can show it next to the field.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

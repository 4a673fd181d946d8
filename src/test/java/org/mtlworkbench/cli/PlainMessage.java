package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an answer to a user's mistake must look like: one line, in plain words, naming where the
 * problem is; never a Java type, a parser's jargon or a stack trace. Used by the hostile-input
 * corpus for the command line and for the loaders the window uses.
 */
final class PlainMessage {
  /** A message longer than this is not one line a person reads. */
  static final int MAX_LENGTH = 600;

  /** Things a user should never have to read. */
  private static final List<Pattern> NOT_PLAIN = List.of(
      Pattern.compile("\\b(java|javax|jdk|sun|com|org)\\.[a-z_]+\\."), // qualified Java names
      Pattern.compile("`[^`]*`"), // Jackson quotes types in backticks
      Pattern.compile("Exception|Error\\b|Caused by|\\tat |\\bat [a-z]+\\.[a-z]"),
      Pattern.compile("(?i)deseriali[sz]e|instance of|creator|coerc|JsonToken|START_(ARRAY|OBJECT)|END_(ARRAY|OBJECT)|VALUE_"
          + "|FIELD_NAME|token|Unrecognized|MismatchedInput|source: |REDACTED"),
      Pattern.compile("Input length = \\d"), // a charset decoder's message
      Pattern.compile("\\b(Integer|Long|Double|Float|Boolean|String|List|Map|ArrayList|LinkedHashMap)\\b(?!')"),
      Pattern.compile("\\b[A-Z][a-z]+(Spec|Manifest|Report|Row)\\b"), // our record types
      Pattern.compile("@[0-9a-f]{5,}"), // Object.toString()
      Pattern.compile("(: |\\()null\\)?$")); // an exception without a message

  private PlainMessage() {}

  /**
   * Asserts that {@code message} is one plain line that contains every one of {@code names} (the
   * file, the line or the field).
   */
  static void assertPlain(String message, String... names) {
    if (System.getProperty("hostile.print") != null) {
      try {
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("hostile.print")), message + "\n",
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(message).as("an answer").isNotNull().isNotBlank();
    assertThat(message).as("one line").doesNotContain("\n").doesNotContain("\r");
    assertThat(message.length()).as("short enough to read: " + message).isLessThanOrEqualTo(MAX_LENGTH);
    for (Pattern p : NOT_PLAIN) {
      assertThat(p.matcher(message).find()).as("plain words (no match for " + p + "): " + message).isFalse();
    }
    for (String n : names) {
      assertThat(message).as("names " + n).contains(n);
    }
  }

  /** The error line the command line printed: exit code 2 and exactly one line starting "error: ". */
  static String cliError(CliRunner.Result r) {
    assertThat(r.exitCode()).as("exit code for bad input; stderr: " + r.err()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    String err = r.err().strip();
    assertThat(err).as("stderr").startsWith("error: ");
    assertThat(err).as("exactly one line on stderr").doesNotContain("\n");
    return err.substring("error: ".length());
  }
}

package org.mtlworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

/** Text that is not JSON, said plainly at its line and column (the parser's own words are jargon). */
class JsonSyntaxWordsTest {
  private static void says(String json, String message) {
    assertThatThrownBy(() -> ExperimentFiles.parse(json, "e.json")).isInstanceOf(InputException.class).hasMessage(message);
  }

  @Test
  void eachShapeOfBrokenJsonReadsPlainly() {
    says("{\"a\":1}}", "e.json, line 1, column 8: '}' closes nothing: the document has already ended");
    says("{\"a\":1]", "e.json, line 1, column 7: ']' closes what '}' should close");
    says("{\"a\" 1}", "e.json, line 1, column 6: a colon is missing after the field name (found '1')");
    says("{\"a\":01}", "e.json, line 1, column 7: a number cannot start with 0");
    says("{\"a\":-}", "e.json, line 1, column 7: a number is cut short (found '}')");
    says("{\"a\":tru}", "e.json, line 1, column 6: 'tru' is not a JSON value (text must be in double quotes)");
    says("{\"a\":\"x\\u12\"}", "e.json, line 1, column 12: a \\u escape needs four hex digits");
    says("{\"a\":1,}", "e.json, line 1, column 8: a field name must be in double quotes, found '}'");
  }
}

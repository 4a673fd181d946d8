package org.mtlworkbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is not JSON, in a reader's words. Jackson's parser messages name tokens, character
 * codes and its own feature switches ("Unexpected character ('x' (code 120)): expected a valid
 * value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"); each known
 * shape is said plainly here, and anything else as "this is not valid JSON" at its line and
 * column, which the caller adds.
 */
final class JsonSyntaxWords {
  private record Rule(Pattern pattern, String words) {}

  private static final List<Rule> RULES = List.of(
      rule(".*maybe a \\(non-standard\\) comment.*", "comments are not allowed in JSON"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start field name",
          "a field name must be in double quotes, found '$1'"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma to separate Array entries",
          "a comma is missing between list entries (found '$1')"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma to separate Object entries",
          "a comma is missing between fields (found '$1')"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting a colon to separate field name and value",
          "a colon is missing after the field name (found '$1')"),
      rule("Unexpected character \\('''.*", "text must be in double quotes, not single ones"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value.*", "a number is cut short (found '$1')"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a hex-digit.*", "a \\u escape needs four hex digits"),
      rule("Unexpected character \\('(.)' \\(code \\d+\\)\\).*", "unexpected '$1' where a value should be"),
      rule("Unexpected close marker '(.)': expected '(.)'.*", "'$1' closes what '$2' should close"),
      rule("Unexpected close marker '(.)'.*", "'$1' closes nothing: the document has already ended"),
      rule("Unexpected end-of-input: expected close marker for Object.*",
          "the file ends before an object is closed (a '}' is missing)"),
      rule("Unexpected end-of-input: expected close marker for Array.*", "the file ends before a list is closed (a ']' is missing)"),
      rule("Unexpected end-of-input.*(String|field name).*", "the file ends inside quoted text (a '\"' is missing)"),
      rule("Unexpected end-of-input.*", "the file ends too early"),
      rule("Non-standard token '([^']*)'.*", "$1 is not a JSON number; write a number"),
      rule("Unrecognized token '([^']{0,40})[^']*'.*", "'$1' is not a JSON value (text must be in double quotes)"),
      rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
          "quoted text holds a line break or control character (code $1); write a line break as \\n"),
      rule("Unrecognized character escape '(.)'.*", "'\\$1' is not a JSON escape; write a backslash as \\\\"),
      rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", "a control character (code $1) where only spaces may be"),
      rule("Invalid UTF-8.*", "the file is not UTF-8 text"),
      rule("Document nesting depth \\((\\d+)\\) exceeds.*", "the document is nested more than 1000 levels deep"),
      rule("Number value length \\((\\d+)\\) exceeds.*", "a number of $1 digits, more than 1000"),
      rule("String value length \\((\\d+)\\) exceeds.*", "a text of $1 characters, more than JSON reading allows"),
      rule("Duplicate field '([^']*)'.*", "the field '$1' is given twice"),
      rule("(Invalid numeric value: )?Leading zeroes not allowed.*", "a number cannot start with 0"),
      rule("Invalid numeric value: (.{0,60}).*", "not a valid number ($1)"),
      rule("Numeric value \\((.{0,40}).*\\) out of range.*", "the number $1 is too large"),
      rule("Unexpected character .*", "unexpected character where a value should be"));

  private JsonSyntaxWords() {}

  private static Rule rule(String regex, String words) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), words);
  }

  /** The parser's complaint in plain words (without the place, which the caller adds). */
  static String of(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(original);
      if (m.lookingAt()) {
        String words = r.words();
        for (int g = m.groupCount(); g >= 1; g--) {
          words = words.replace("$" + g, m.group(g));
        }
        return words;
      }
    }
    return "this is not valid JSON";
  }
}

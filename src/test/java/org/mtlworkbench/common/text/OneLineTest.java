package org.mtlworkbench.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

/** A quoted cell or name never breaks an error's one line, nor garbles the terminal that shows it. */
class OneLineTest {
  @Test
  void lineBreaksAndTabsBecomeSpacesAndControlsTheMarkOfAnUnshownCharacter() {
    assertThat(OneLine.of("column 'a\nb' and 'c\r\nd'\tx")).isEqualTo("column 'a b' and 'c  d' x");
    assertThat(OneLine.of("bell \u0007, escape \u001b[31m, NUL \u0000")).isEqualTo("bell \uFFFD, escape \uFFFD[31m, NUL \uFFFD");
    assertThat(OneLine.of("\u202Eevil\u2066")).isEqualTo("\uFFFDevil\uFFFD");
    assertThat(OneLine.of("Größe 日本 😀 − ≥")).isEqualTo("Größe 日本 😀 − ≥");
    assertThat(OneLine.of(null)).isNull();
  }

  @Test
  void everyInputExceptionIsOneLine() {
    assertThat(new InputException("data.csv, line 3, column 'a\nb': 'x' is not a number").getMessage())
        .isEqualTo("data.csv, line 3, column 'a b': 'x' is not a number");
  }
}

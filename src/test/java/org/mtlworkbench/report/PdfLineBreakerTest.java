package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfLineBreakerTest {

  private static List<String> pieces(String text) {
    PdfLineBreaker b = new PdfLineBreaker();
    b.setText(text);
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = b.next(); at != BreakIterator.DONE; at = b.next()) {
      out.add(text.substring(from, at));
      from = at;
    }
    return out;
  }

  @Test
  void numbersWithTheirSignsAndUnitsStayWholeAndWordsBreakAfterSpaces() {
    // the places a reader would allow, worked out by hand: after each space, nowhere else
    assertThat(pieces("Δm = \u22124114.9% and \u22120.85 ± 0.01, ratio 2.4× (2.2×) at 98.33%"))
        .containsExactly("Δm ", "= ", "\u22124114.9% ", "and ", "\u22120.85 ", "± ", "0.01, ", "ratio ", "2.4× ", "(2.2×) ", "at ",
            "98.33%");
  }

  @Test
  void aHyphenatedWordMayStillBreakAfterItsHyphen() {
    assertThat(pieces("single-task baseline")).containsExactly("single-", "task ", "baseline");
  }

  @Test
  void theNumberRuleLooksAtBothNeighbours() {
    assertThat(PdfLineBreaker.insideNumber('0', '.')).isTrue();
    assertThat(PdfLineBreaker.insideNumber('.', '8')).isTrue();
    assertThat(PdfLineBreaker.insideNumber('4', '×')).isTrue();
    assertThat(PdfLineBreaker.insideNumber('\u2212', '0')).isTrue();
    assertThat(PdfLineBreaker.insideNumber(' ', '0')).isFalse();
    assertThat(PdfLineBreaker.insideNumber('e', '-')).isFalse();
    assertThat(PdfLineBreaker.insideNumber('-', 't')).isFalse();
  }
}

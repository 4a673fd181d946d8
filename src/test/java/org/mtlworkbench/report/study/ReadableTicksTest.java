package org.mtlworkbench.report.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.report.chart.CompactNumberFormat;

/** Ticks of a narrow axis far from zero stay apart: 3277 … 3290 must not all read "3,280". */
class ReadableTicksTest {
  @Test
  void aNarrowAxisFarFromZeroGetsTheDecimalsItsTicksNeed() {
    NumberAxis axis = CompactNumberFormat.axis("y3 mse");
    axis.setRange(3277, 3290);
    StudyReport.readableTicks(axis);
    var f = axis.getNumberFormatOverride();
    // a tenth of the range is 1.3: whole numbers tell such ticks apart
    assertThat(f.format(3285.0)).isEqualTo("3,285");
    long distinct = IntStream.rangeClosed(0, 10).mapToObj(i -> f.format(3277 + 1.3 * i)).distinct().count();
    assertThat(distinct).isEqualTo(11);
    NumberAxis narrow = CompactNumberFormat.axis("y2 mse");
    narrow.setRange(58.5, 58.7);
    StudyReport.readableTicks(narrow);
    // a tenth is 0.02: two decimals, trailing zeros dropped
    assertThat(narrow.getNumberFormatOverride().format(58.56)).isEqualTo("58.56");
    assertThat(narrow.getNumberFormatOverride().format(58.6)).isEqualTo("58.6");
    assertThat(narrow.getNumberFormatOverride().format(-58.6)).isEqualTo("\u221258.6");
  }

  @Test
  void aWideAxisKeepsItsCompactTicks() {
    NumberAxis axis = CompactNumberFormat.axis("y1 mse");
    axis.setRange(0.5, 0.6);
    StudyReport.readableTicks(axis);
    // left to the axis' own tick units, which write each tick with the digits its spacing needs
    assertThat(axis.getNumberFormatOverride()).isNull();
    assertThat(axis.getStandardTickUnits().getCeilingTickUnit(0.01).valueToString(0.55)).isEqualTo("0.55");
  }
}

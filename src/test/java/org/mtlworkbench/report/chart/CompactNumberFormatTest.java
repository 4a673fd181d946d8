package org.mtlworkbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactNumberFormatTest {
  private final CompactNumberFormat f = new CompactNumberFormat();

  @Test
  void everydayNumbersArePlainAndExtremeOnesArePowersOfTen() {
    assertThat(f.format(0.25)).isEqualTo("0.25");
    assertThat(f.format(1500)).isEqualTo("1,500");
    assertThat(f.format(0)).isEqualTo("0");
    assertThat(f.format(0.631)).isEqualTo("0.631");
    assertThat(f.format(1e-5)).isEqualTo("1e\u22125");
    assertThat(f.format(2.5e6)).isEqualTo("2.5e6");
    assertThat(f.format(-0.002)).isEqualTo("\u22120.002");
    assertThat(f.format(3162.2777)).isEqualTo("3,160");
    assertThat(f.format(0.31623)).isEqualTo("0.316");
  }

  @Test
  void stepAxesGrowInQuarterDecadesAndTickAtRoundSpacings() {
    assertThat(TaskCurvesChart.niceUpper(226_000)).isEqualTo(250_000);
    assertThat(TaskCurvesChart.niceUpper(1001)).isEqualTo(1250);
    assertThat(TaskCurvesChart.niceUpper(3)).isEqualTo(10);
    assertThat(TaskCurvesChart.tickSpacing(250_000)).isEqualTo(50_000);
    assertThat(TaskCurvesChart.tickSpacing(1250)).isEqualTo(250);
    assertThat(TaskCurvesChart.tickSpacing(1750)).isEqualTo(500);
  }
}

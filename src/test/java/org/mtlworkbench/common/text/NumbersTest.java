package org.mtlworkbench.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exact strings people read; U+2212 is the minus sign, U+2013 the dash for a missing value. */
class NumbersTest {
  @Test
  void significantDigitsWithoutTrailingZerosOrExponentForOrdinarySizes() {
    assertThat(Numbers.significant(3616.4, 4)).isEqualTo("3616");
    assertThat(Numbers.significant(452.3, 2)).isEqualTo("450");
    assertThat(Numbers.significant(0.03726, 2)).isEqualTo("0.037");
    assertThat(Numbers.significant(0.564, 4)).isEqualTo("0.564");
    assertThat(Numbers.significant(-0.0302, 2)).isEqualTo("\u22120.03");
    assertThat(Numbers.significant(0.00003, 2)).isEqualTo("3.0e\u221205");
    assertThat(Numbers.significant(25_000_000, 3)).isEqualTo("2.50e+07");
    assertThat(Numbers.significant(0, 3)).isEqualTo("0");
    assertThat(Numbers.significant(Double.NaN, 3)).isEqualTo("–");
    assertThat(Numbers.significant((Double) null, 3)).isEqualTo("–");
    assertThat(Numbers.significant(Double.NEGATIVE_INFINITY, 3)).isEqualTo("\u2212∞");
    assertThat(Numbers.number(0.43214)).isEqualTo("0.4321");
    assertThat(Numbers.number((Double) null)).isEqualTo("–");
  }

  @Test
  void percentagesCarryTheirSignAndOneDecimal() {
    assertThat(Numbers.signedPercent(0.136)).isEqualTo("+13.6%");
    assertThat(Numbers.signedPercent(-0.25)).isEqualTo("\u221225.0%");
    assertThat(Numbers.signedPercent(0)).isEqualTo("+0.0%");
    assertThat(Numbers.percent(0.61, 0)).isEqualTo("61%");
    assertThat(Numbers.percent(0.021, 1)).isEqualTo("2.1%");
    assertThat(Numbers.signedPercent(Double.NaN)).isEqualTo("–");
    assertThat(Numbers.signedPercent(0.124, 0)).isEqualTo("+12%");
    assertThat(Numbers.signedPercent(-0.2, 0)).isEqualTo("\u221220%");
  }

  @Test
  void meanAndSpread() {
    assertThat(Numbers.meanStd(0.43214, 0.01234)).isEqualTo("0.4321 ± 0.012");
    assertThat(Numbers.meanStd(0.43214, null)).isEqualTo("0.4321");
    assertThat(Numbers.meanStd(12.345, 0.5, 3)).isEqualTo("12.3 ± 0.5");
    assertThat(Numbers.meanStd(null, 0.1)).isEqualTo("–");
    assertThat(Numbers.percentMeanStd(-0.136, 0.021)).isEqualTo("\u221213.6% ± 2.1%");
    assertThat(Numbers.percentMeanStd(0.136, null)).isEqualTo("+13.6%");
    assertThat(Numbers.percentMeanStd(null, null)).isEqualTo("–");
  }

  @Test
  void ratiosReadWithAsManyDigitsAsAReaderNeeds() {
    assertThat(Numbers.ratio(2812.4)).isEqualTo("2800×");
    assertThat(Numbers.ratio(12.4)).isEqualTo("12×");
    assertThat(Numbers.ratio(3.44)).isEqualTo("3.4×");
    assertThat(Numbers.ratio(Double.POSITIVE_INFINITY)).isEqualTo("∞×");
    assertThat(Numbers.ratio(Double.NaN)).isEqualTo("–");
  }

  @Test
  void signedFixedDecimalsAsInTheConflictMatrix() {
    assertThat(Numbers.signed(-0.314, 2)).isEqualTo("\u22120.31");
    assertThat(Numbers.signed(0.5, 2)).isEqualTo("+0.50");
    assertThat(Numbers.fixed(0.0612, 2)).isEqualTo("0.06");
    assertThat(Numbers.fixed(Double.NaN, 2)).isEqualTo("–");
  }

  @Test
  void countsGroupTheirThousands() {
    assertThat(Numbers.count(21_360)).isEqualTo("21,360");
    assertThat(Numbers.count(999)).isEqualTo("999");
    assertThat(Numbers.count(-1_500)).isEqualTo("\u22121,500");
  }

  @Test
  void durationsReadAsAClock() {
    assertThat(Numbers.duration(7.4)).isEqualTo("0:07");
    assertThat(Numbers.duration(723)).isEqualTo("12:03");
    assertThat(Numbers.duration(3723)).isEqualTo("1:02:03");
    assertThat(Numbers.duration(Double.NaN)).isEqualTo("–");
    assertThat(Numbers.duration(-1)).isEqualTo("–");
    assertThat(Numbers.duration(Double.POSITIVE_INFINITY)).isEqualTo("–");
  }
}

package org.mtlworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {
  @Test
  void significantDigitsWithoutExponentForOrdinarySizes() {
    assertThat(NumberText.sig(3616.4, 4)).isEqualTo("3616");
    assertThat(NumberText.sig(452.3, 2)).isEqualTo("450");
    assertThat(NumberText.sig(0.03726, 2)).isEqualTo("0.037");
    assertThat(NumberText.sig(0.564, 4)).isEqualTo("0.5640");
    assertThat(NumberText.sig(-0.0302, 2)).isEqualTo("-0.030");
    assertThat(NumberText.sig(0.00003, 2)).isEqualTo("3.0e-05");
    assertThat(NumberText.sig(0, 3)).isEqualTo("0");
  }
}

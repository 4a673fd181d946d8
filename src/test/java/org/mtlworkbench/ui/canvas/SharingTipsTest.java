package org.mtlworkbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;

/** Each sharing button says what its own scheme does (cross-stitch and MMoE used to say "Soft"). */
class SharingTipsTest {
  @Test
  void everySchemeHasItsOwnTooltip() {
    assertThat(SharingTips.of(Sharing.HARD)).startsWith("Hard sharing");
    assertThat(SharingTips.of(Sharing.SOFT)).startsWith("Soft sharing");
    assertThat(SharingTips.of(Sharing.CROSS_STITCH)).startsWith("Cross-stitch").contains("Misra");
    assertThat(SharingTips.of(Sharing.MMOE)).startsWith("MMoE").contains("gate");
  }
}

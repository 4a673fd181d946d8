package org.mtlworkbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class CosinePaintScaleTest {
  private static final Color RED = new Color(200, 0, 0);
  private static final Color GREY = new Color(100, 100, 100);
  private static final Color BLUE = new Color(0, 0, 200);
  private final CosinePaintScale scale = new CosinePaintScale(
      new ChartTheme(Color.WHITE, Color.WHITE, Color.GRAY, Color.BLACK, List.of(Color.BLACK), RED, GREY, BLUE));

  @Test
  void endsAndMiddleAreTheThemesColours() {
    assertThat(scale.getPaint(-1)).isEqualTo(RED);
    assertThat(scale.getPaint(0)).isEqualTo(GREY);
    assertThat(scale.getPaint(1)).isEqualTo(BLUE);
  }

  @Test
  void halfwayIsTheRgbMidpointWorkedOutByHand() {
    // −0.5: halfway from grey (100,100,100) to red (200,0,0) = (150, 50, 50).
    assertThat(scale.getPaint(-0.5)).isEqualTo(new Color(150, 50, 50));
    // +0.25: a quarter from grey to blue (0,0,200) = (75, 75, 125).
    assertThat(scale.getPaint(0.25)).isEqualTo(new Color(75, 75, 125));
  }

  @Test
  void outOfRangeIsClampedAndNanIsNeutral() {
    assertThat(scale.getPaint(-3)).isEqualTo(RED);
    assertThat(scale.getPaint(7)).isEqualTo(BLUE);
    assertThat(scale.getPaint(Double.NaN)).isEqualTo(GREY);
  }
}

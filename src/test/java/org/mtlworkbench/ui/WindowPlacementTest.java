package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Expected placements are worked out by hand in the comments. */
class WindowPlacementTest {
  private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
  private static final Rectangle2D RIGHT_OF_FULL_HD = new Rectangle2D(1920, 0, 2560, 1440);

  @Test
  void firstLaunchCentresTheDefaultSize() {
    // (1920 - 1280) / 2 = 320, (1080 - 800) / 2 = 140
    assertThat(WindowPlacement.centredOn(FULL_HD))
        .isEqualTo(new WindowPlacement(320, 140, 1280, 800, false));
  }

  @Test
  void firstLaunchOnASmallScreenTakesTheWholeScreen() {
    Rectangle2D small = new Rectangle2D(0, 24, 1024, 576);
    assertThat(WindowPlacement.centredOn(small))
        .isEqualTo(new WindowPlacement(0, 24, 1024, 576, false));
  }

  @Test
  void placementThatFitsIsKeptAsItWas() {
    WindowPlacement saved = new WindowPlacement(200, 100, 1000, 700, true);
    assertThat(saved.fitOnto(List.of(FULL_HD), FULL_HD)).isEqualTo(saved);
  }

  @Test
  void placementOnASecondScreenStaysThere() {
    WindowPlacement saved = new WindowPlacement(2100, 200, 1200, 800, false);
    assertThat(saved.fitOnto(List.of(FULL_HD, RIGHT_OF_FULL_HD), FULL_HD)).isEqualTo(saved);
  }

  @Test
  void placementOnAScreenThatIsGoneFallsBackToTheFirstLaunchPlacement() {
    WindowPlacement saved = new WindowPlacement(2100, 200, 1200, 800, false);
    assertThat(saved.fitOnto(List.of(FULL_HD), FULL_HD))
        .isEqualTo(new WindowPlacement(320, 140, 1280, 800, false));
  }

  @Test
  void windowHangingOffTheRightEdgeIsMovedBackOntoTheScreen() {
    // 1800 + 400 overhangs 1920 by 280; the largest x that fits is 1920 - 400 = 1520.
    WindowPlacement saved = new WindowPlacement(1800, 100, 400, 300, false);
    assertThat(saved.fitOnto(List.of(FULL_HD), FULL_HD))
        .isEqualTo(new WindowPlacement(1520, 100, 400, 300, false));
  }

  @Test
  void windowAboveTheTopEdgeIsMovedDown() {
    WindowPlacement saved = new WindowPlacement(100, -50, 800, 600, false);
    assertThat(saved.fitOnto(List.of(FULL_HD), FULL_HD))
        .isEqualTo(new WindowPlacement(100, 0, 800, 600, false));
  }

  @Test
  void windowLargerThanItsScreenIsShrunkToIt() {
    // Overlaps FULL_HD by 1870 × 1040 and the right screen by 1130 × 1040: it goes to FULL_HD.
    WindowPlacement saved = new WindowPlacement(50, 40, 3000, 2000, false);
    assertThat(saved.fitOnto(List.of(FULL_HD, RIGHT_OF_FULL_HD), FULL_HD))
        .isEqualTo(new WindowPlacement(0, 0, 1920, 1080, false));
  }

  @Test
  void windowAcrossTwoScreensGoesToTheOneItCoversMost() {
    // x from 1500 to 2500: 420 px on FULL_HD, 580 px on the right screen, which wins; the window
    // is then moved right to start at that screen's edge, 1920.
    WindowPlacement saved = new WindowPlacement(1500, 100, 1000, 600, false);
    assertThat(saved.fitOnto(List.of(FULL_HD, RIGHT_OF_FULL_HD), FULL_HD))
        .isEqualTo(new WindowPlacement(1920, 100, 1000, 600, false));
  }

  @Test
  void unusableNumbersFallBackToTheFirstLaunchPlacement() {
    WindowPlacement expected = WindowPlacement.centredOn(FULL_HD);
    List<Rectangle2D> screens = List.of(FULL_HD);
    assertThat(new WindowPlacement(Double.NaN, 0, 800, 600, false).fitOnto(screens, FULL_HD))
        .isEqualTo(expected);
    assertThat(new WindowPlacement(0, 0, 0, 600, false).fitOnto(screens, FULL_HD))
        .isEqualTo(expected);
    assertThat(new WindowPlacement(0, 0, 800, -1, false).fitOnto(screens, FULL_HD))
        .isEqualTo(expected);
    assertThat(
            new WindowPlacement(0, 0, Double.POSITIVE_INFINITY, 600, false)
                .fitOnto(screens, FULL_HD))
        .isEqualTo(expected);
  }
}

package org.mtlworkbench.ui.runs;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** Sizes for the secondary windows: the size wished for, cut to what the screen shows. */
public final class WindowSizes {
  private WindowSizes() {}

  public static double width(double wished) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    return Math.min(wished, screen.getWidth());
  }

  public static double height(double wished) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    return Math.min(wished, screen.getHeight());
  }
}

package org.mtlworkbench.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window sits on the desktop: its bounds while not maximised, and whether it was
 * maximised.
 *
 * <p>A placement saved on one desktop may be shown on another (a monitor unplugged, a smaller
 * laptop screen), so {@link #fitOnto} moves and shrinks it until it lies wholly on one screen.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
  static final double DEFAULT_WIDTH = 1280;
  static final double DEFAULT_HEIGHT = 800;

  /** The first-launch placement: the default size, shrunk to fit, centred on {@code screen}. */
  static WindowPlacement centredOn(Rectangle2D screen) {
    double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
    double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
    return new WindowPlacement(
        screen.getMinX() + (screen.getWidth() - width) / 2,
        screen.getMinY() + (screen.getHeight() - height) / 2,
        width,
        height,
        false);
  }

  /**
   * This placement moved and shrunk onto the screen it overlaps most; if it overlaps none (or its
   * numbers are unusable), the first-launch placement on {@code primary}.
   *
   * @param screens visual bounds of every screen
   * @param primary visual bounds of the primary screen
   */
  WindowPlacement fitOnto(List<Rectangle2D> screens, Rectangle2D primary) {
    boolean usable =
        Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height);
    if (!usable || width <= 0 || height <= 0) {
      return centredOn(primary);
    }
    Rectangle2D best = null;
    double bestOverlap = 0;
    for (Rectangle2D screen : screens) {
      double overlap = overlapArea(screen);
      if (overlap > bestOverlap) {
        best = screen;
        bestOverlap = overlap;
      }
    }
    if (best == null) {
      return centredOn(primary);
    }
    double fittedWidth = Math.min(width, best.getWidth());
    double fittedHeight = Math.min(height, best.getHeight());
    double fittedX = clamp(x, best.getMinX(), best.getMaxX() - fittedWidth);
    double fittedY = clamp(y, best.getMinY(), best.getMaxY() - fittedHeight);
    return new WindowPlacement(fittedX, fittedY, fittedWidth, fittedHeight, maximized);
  }

  private double overlapArea(Rectangle2D screen) {
    double w = Math.min(x + width, screen.getMaxX()) - Math.max(x, screen.getMinX());
    double h = Math.min(y + height, screen.getMaxY()) - Math.max(y, screen.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(value, max));
  }
}

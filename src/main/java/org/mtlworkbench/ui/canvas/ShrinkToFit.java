package org.mtlworkbench.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Shows a region at its preferred size, centred, scaled down when the scroll pane's viewport is
 * narrower or lower (PLE's levels and MTAN's stages make tall drawings) — but not below {@value #MIN_SCALE}, where the words would be too small to read and a
 * horizontal scroll bar is the better deal. A Multi-LeNet with two heads is wider than the model
 * pane of a 1280-pixel window.
 */
final class ShrinkToFit extends StackPane {
  static final double MIN_SCALE = 0.75;

  ShrinkToFit(Region content, ScrollPane scroll) {
    getChildren().add(new Group(content));
    setAlignment(Pos.TOP_CENTER);
    InvalidationListener fit = o -> {
      double scale = Math.max(MIN_SCALE, Math.min(1, Math.min(
          ratio(scroll.getViewportBounds().getWidth(), content.prefWidth(-1)),
          ratio(scroll.getViewportBounds().getHeight(), content.prefHeight(-1)))));
      content.setScaleX(scale);
      content.setScaleY(scale);
    };
    scroll.viewportBoundsProperty().addListener(fit);
    content.layoutBoundsProperty().addListener(fit);
  }

  /** How far {@code wanted} must shrink to fit {@code available}; 1 while either is not known yet. */
  private static double ratio(double available, double wanted) {
    return available <= 0 || wanted <= 0 ? 1 : available / wanted;
  }
}

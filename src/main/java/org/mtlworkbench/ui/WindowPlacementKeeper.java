package org.mtlworkbench.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where the user left it last time and remembers where it is when it closes.
 *
 * <p>While the window is maximised or iconified its bounds are those of the screen or meaningless,
 * so the keeper follows the last bounds the window had in its normal state and saves those, plus
 * the maximised flag.
 */
final class WindowPlacementKeeper {
  private final Stage stage;
  private final WorkbenchPreferences preferences;
  private double normalX;
  private double normalY;
  private double normalWidth;
  private double normalHeight;

  private WindowPlacementKeeper(Stage stage, WorkbenchPreferences preferences) {
    this.stage = stage;
    this.preferences = preferences;
  }

  /** Places {@code stage} (before it is shown) and saves its placement each time it is hidden. */
  static void restoreAndRemember(Stage stage, WorkbenchPreferences preferences) {
    List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    Rectangle2D primary = Screen.getPrimary().getVisualBounds();
    WindowPlacement placement =
        preferences
            .placement()
            .map(saved -> saved.fitOnto(screens, primary))
            .orElseGet(() -> WindowPlacement.centredOn(primary));
    stage.setX(placement.x());
    stage.setY(placement.y());
    stage.setWidth(placement.width());
    stage.setHeight(placement.height());
    stage.setMaximized(placement.maximized());

    WindowPlacementKeeper keeper = new WindowPlacementKeeper(stage, preferences);
    keeper.normalX = placement.x();
    keeper.normalY = placement.y();
    keeper.normalWidth = placement.width();
    keeper.normalHeight = placement.height();
    stage.xProperty().addListener((obs, old, now) -> keeper.follow());
    stage.yProperty().addListener((obs, old, now) -> keeper.follow());
    stage.widthProperty().addListener((obs, old, now) -> keeper.follow());
    stage.heightProperty().addListener((obs, old, now) -> keeper.follow());
    stage.setOnHiding(event -> keeper.save());
  }

  private void follow() {
    if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
      return;
    }
    normalX = stage.getX();
    normalY = stage.getY();
    normalWidth = stage.getWidth();
    normalHeight = stage.getHeight();
  }

  private void save() {
    follow();
    preferences.savePlacement(
        new WindowPlacement(normalX, normalY, normalWidth, normalHeight, stage.isMaximized()));
  }
}

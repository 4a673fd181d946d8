package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The theme and window placement chosen in one session come back in the next. */
class WorkbenchSettingsTest {
  private static final Callable<String> INSTANT_ENGINE = () -> "stand-in engine";

  private final InMemoryPreferences node = new InMemoryPreferences();
  private final WorkbenchPreferences preferences = new WorkbenchPreferences(node);

  @Test
  void themeChosenFromTheViewMenuIsAppliedAndSaved() throws Exception {
    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, INSTANT_ENGINE)) {
      workbench.robot.clickOn("View").clickOn("Dark theme");

      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getScene().getStylesheets()))
          .anySatisfy(url -> assertThat(url).endsWith("css/dark.css"))
          .noneSatisfy(url -> assertThat(url).endsWith("css/light.css"));
      assertThat(node.get("theme", null)).isEqualTo("dark");
      assertThat(node.flushes()).isPositive();
    }
  }

  @Test
  void savedThemeIsUsedAtStartup() throws Exception {
    preferences.saveTheme(Theme.DARK);
    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, INSTANT_ENGINE)) {
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getScene().getStylesheets()))
          .anySatisfy(url -> assertThat(url).endsWith("css/dark.css"));
    }
  }

  @Test
  void windowPlacementIsSavedWhenTheWindowClosesAndRestoredNextTime() throws Exception {
    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, INSTANT_ENGINE)) {
      workbench.robot.interact(
          () -> {
            workbench.stage.setX(140);
            workbench.stage.setY(60);
            workbench.stage.setWidth(1000);
            workbench.stage.setHeight(640);
          });
      workbench.robot.clickOn("File").clickOn("Quit");
      assertThat(RunningWorkbench.onFx(workbench.stage::isShowing)).isFalse();
    }
    assertThat(preferences.placement()).contains(new WindowPlacement(140, 60, 1000, 640, false));

    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, INSTANT_ENGINE)) {
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getX())).isEqualTo(140);
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getY())).isEqualTo(60);
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getWidth())).isEqualTo(1000);
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getHeight())).isEqualTo(640);
    }
  }

  @Test
  void maximisedWindowKeepsItsNormalBoundsForNextTime() throws Exception {
    preferences.savePlacement(new WindowPlacement(100, 50, 900, 600, false));
    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, INSTANT_ENGINE)) {
      workbench.robot.interact(() -> workbench.stage.setMaximized(true));
      // The maximised window covers the screen; those are not the bounds to come back to.
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getWidth())).isGreaterThan(900);
      workbench.robot.interact(workbench.stage::close);
    }
    assertThat(preferences.placement()).contains(new WindowPlacement(100, 50, 900, 600, true));
  }

  @Test
  void firstLaunchCentresTheDefaultSizeOnTheScreen() throws Exception {
    try (RunningWorkbench workbench = RunningWorkbench.start(preferences, INSTANT_ENGINE)) {
      javafx.geometry.Rectangle2D screen =
          RunningWorkbench.onFx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
      WindowPlacement expected = WindowPlacement.centredOn(screen);
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getWidth()))
          .isEqualTo(Math.max(expected.width(), WorkbenchApp.MIN_WIDTH));
      assertThat(RunningWorkbench.onFx(() -> workbench.stage.getX())).isEqualTo(expected.x());
    }
  }
}

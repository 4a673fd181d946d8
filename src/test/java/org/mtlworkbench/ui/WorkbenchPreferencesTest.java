package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkbenchPreferencesTest {
  private final InMemoryPreferences node = new InMemoryPreferences();
  private final WorkbenchPreferences preferences = new WorkbenchPreferences(node);

  @Test
  void nothingSavedMeansNoPlacementAndTheLightTheme() {
    assertThat(preferences.placement()).isEmpty();
    assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void placementAndThemeComeBackAsSavedAndAreWrittenThrough() {
    preferences.savePlacement(new WindowPlacement(12.5, -3, 1024, 700, true));
    preferences.saveTheme(Theme.DARK);

    WorkbenchPreferences reread = new WorkbenchPreferences(node);
    assertThat(reread.placement()).contains(new WindowPlacement(12.5, -3, 1024, 700, true));
    assertThat(reread.theme()).isEqualTo(Theme.DARK);
    assertThat(node.get("theme", null)).isEqualTo("dark");
    assertThat(node.flushes()).isEqualTo(2);
  }

  @Test
  void unknownThemeNameFallsBackToLight() {
    node.put("theme", "solarized");
    assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void placementWithoutASizeIsIgnored() {
    node.putDouble("window.x", 10);
    node.putDouble("window.y", 10);
    node.putDouble("window.width", 800);
    assertThat(preferences.placement()).isEmpty();
  }

  @Test
  void placementWithAGarbledPositionIsReturnedForFitOntoToRepair() {
    node.put("window.x", "left");
    node.putDouble("window.y", 10);
    node.putDouble("window.width", 800);
    node.putDouble("window.height", 600);
    assertThat(preferences.placement()).hasValueSatisfying(p -> assertThat(p.x()).isNaN());
  }

  @Test
  void openRecentListsTheExistingExperimentsNewestFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.json"), "{}");
    java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.json"), "{}");
    preferences.saveLastExperiment(a);
    preferences.saveLastExperiment(b);
    preferences.saveLastExperiment(dir.resolve("gone.json"));
    preferences.saveLastExperiment(a);

    assertThat(new WorkbenchPreferences(node).recentExperiments()).containsExactly(a, b);
  }

  @Test
  void theChosenWorkspaceFolderComesBackAbsoluteAndNoneMeansTheStoresDefault(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    assertThat(preferences.workspace()).isEmpty();
    preferences.saveWorkspace(dir.resolve("runs"));
    assertThat(new WorkbenchPreferences(node).workspace()).contains(dir.resolve("runs").toAbsolutePath());
  }
}

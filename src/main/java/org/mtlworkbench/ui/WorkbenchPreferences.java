package org.mtlworkbench.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.mtlworkbench.ui.runs.RecentFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the desktop app remembers between launches (window placement, theme, the last and the recent
 * experiments, the workspace folder), kept in
 * {@link java.util.prefs} under the user's node for this package.
 *
 * <p>Tests pass a node of their own so that they never touch the user's settings.
 */
final class WorkbenchPreferences {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchPreferences.class);

  private static final String X = "window.x";
  private static final String Y = "window.y";
  private static final String WIDTH = "window.width";
  private static final String HEIGHT = "window.height";
  private static final String MAXIMIZED = "window.maximized";
  private static final String THEME = "theme";
  private static final String LAST_EXPERIMENT = "experiment.last";
  private static final String RECENT = "experiment.recent";
  private static final String WORKSPACE = "workspace";

  private final Preferences node;

  WorkbenchPreferences(Preferences node) {
    this.node = node;
  }

  static WorkbenchPreferences forUser() {
    return new WorkbenchPreferences(Preferences.userNodeForPackage(WorkbenchPreferences.class));
  }

  /** The placement saved by an earlier launch, if there was one. */
  Optional<WindowPlacement> placement() {
    double width = node.getDouble(WIDTH, Double.NaN);
    double height = node.getDouble(HEIGHT, Double.NaN);
    if (Double.isNaN(width) || Double.isNaN(height)) {
      return Optional.empty();
    }
    return Optional.of(
        new WindowPlacement(
            node.getDouble(X, Double.NaN),
            node.getDouble(Y, Double.NaN),
            width,
            height,
            node.getBoolean(MAXIMIZED, false)));
  }

  void savePlacement(WindowPlacement placement) {
    node.putDouble(X, placement.x());
    node.putDouble(Y, placement.y());
    node.putDouble(WIDTH, placement.width());
    node.putDouble(HEIGHT, placement.height());
    node.putBoolean(MAXIMIZED, placement.maximized());
    flush();
  }

  Theme theme() {
    return Theme.fromKey(node.get(THEME, null));
  }

  void saveTheme(Theme theme) {
    node.put(THEME, theme.key());
    flush();
  }

  /** The experiment file open when the app was last used, if it still exists. */
  Optional<java.nio.file.Path> lastExperiment() {
    String path = node.get(LAST_EXPERIMENT, null);
    if (path == null) {
      return Optional.empty();
    }
    try {
      java.nio.file.Path p = java.nio.file.Path.of(path);
      return java.nio.file.Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Also puts the file first in {@link #recentExperiments()}. */
  void saveLastExperiment(java.nio.file.Path file) {
    node.put(LAST_EXPERIMENT, file.toString());
    node.put(RECENT, RecentFiles.join(RecentFiles.used(RecentFiles.split(node.get(RECENT, null)), file)));
    flush();
  }

  /** File → Open Recent: the experiments last opened or saved, newest first, those that still exist. */
  java.util.List<java.nio.file.Path> recentExperiments() {
    return RecentFiles.split(node.get(RECENT, null)).stream().filter(java.nio.file.Files::isRegularFile).toList();
  }

  /** The folder the user chose for the run store, if any (else the store's own default). */
  Optional<java.nio.file.Path> workspace() {
    return RecentFiles.split(node.get(WORKSPACE, null)).stream().findFirst();
  }

  void saveWorkspace(java.nio.file.Path root) {
    node.put(WORKSPACE, root.toAbsolutePath().toString());
    flush();
  }

  /**
   * Writes through at once rather than at JVM exit, which a killed process never reaches. A failure
   * costs only the remembered settings, so it is logged, not shown.
   */
  private void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      LOG.warn("Could not save the workbench settings: {}", e.getMessage());
    }
  }
}

package org.mtlworkbench.ui;

import javafx.application.Application;

/**
 * Starts the desktop application.
 *
 * <p>This class exists because a class that extends {@link Application} cannot be the main class
 * of a plain classpath launch: the JVM's launcher then refuses to start with "JavaFX runtime
 * components are missing". {@code org.mtlworkbench.Main} calls {@link #launch} instead.
 */
public final class WorkbenchLauncher {
  private WorkbenchLauncher() {}

  /**
   * JavaFX pulses per second. A dashboard needs no more than 30 (its curves change at most 4
   * times a second); each pulse that finds something to lay out or paint costs UI-thread and
   * renderer time that a run on a two-core machine pays for. Set the system property
   * {@code javafx.animation.pulse} to override.
   */
  static final String PULSES_PER_SECOND = "30";

  /** Exit code when this machine cannot open the window (no GTK 3, no display). */
  public static final int EXIT_NO_DESKTOP = 1;

  /**
   * Opens the workbench window and returns once the user has closed it; on a machine that cannot
   * show it (see {@link DesktopCheck}) prints one line saying what to install or do, and exits.
   */
  public static void launch(String[] args) {
    var problem = DesktopCheck.problem();
    if (problem.isPresent()) {
      System.err.println("error: " + problem.get());
      System.exit(EXIT_NO_DESKTOP);
    }
    if (System.getProperty("javafx.animation.pulse") == null) {
      System.setProperty("javafx.animation.pulse", PULSES_PER_SECOND);
    }
    Application.launch(WorkbenchApp.class, args);
  }
}

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

  /** Opens the workbench window and returns once the user has closed it. */
  public static void launch(String[] args) {
    if (System.getProperty("javafx.animation.pulse") == null) {
      System.setProperty("javafx.animation.pulse", PULSES_PER_SECOND);
    }
    Application.launch(WorkbenchApp.class, args);
  }
}

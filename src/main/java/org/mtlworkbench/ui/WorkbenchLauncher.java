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

  /** Opens the workbench window and returns once the user has closed it. */
  public static void launch(String[] args) {
    Application.launch(WorkbenchApp.class, args);
  }
}

package org.mtlworkbench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mtlworkbench.cli.MtlCommand;
import org.mtlworkbench.nn.NativeMemory;
import org.mtlworkbench.ui.WorkbenchApp;
import org.mtlworkbench.ui.WorkbenchLauncher;

/**
 * Entry point: with no arguments (or only {@code --workspace DIR}: where the window keeps its
 * runs) the desktop workbench opens; with a command the command line runs ({@code train},
 * {@code bench}, {@code generate}, ...), headless.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    useAppDataForNativeCache();
    NativeMemory.skipResidentSizeCheck();
    if (args.length == 0) {
      WorkbenchLauncher.launch(args);
      return;
    }
    String workspace = windowWorkspace(args);
    if (workspace != null) {
      if (Files.exists(Path.of(workspace)) && !Files.isDirectory(Path.of(workspace))) {
        System.err.println("error: --workspace " + workspace + ": is a file, not a folder");
        System.exit(2);
      }
      System.setProperty(WorkbenchApp.WORKSPACE_PROPERTY, workspace);
      WorkbenchLauncher.launch(new String[0]);
      return;
    }
    System.exit(MtlCommand.execute(args));
  }

  /** The folder of {@code --workspace DIR} or {@code --workspace=DIR} when that is all there is, else null. */
  static String windowWorkspace(String[] args) {
    if (args.length == 2 && args[0].equals("--workspace")) {
      return args[1];
    }
    if (args.length == 1 && args[0].startsWith("--workspace=")) {
      return args[0].substring("--workspace=".length());
    }
    return null;
  }

  /**
   * In the installed app (jpackage's launcher sets {@code jpackage.app-path}), ND4J's ~400 MB of
   * native libraries go to the app's per-user data folder rather than {@code ~/.javacpp}: JavaCPP
   * reads the folder only from this property, and the launcher cannot expand $HOME itself.
   */
  private static void useAppDataForNativeCache() {
    if (System.getProperty("jpackage.app-path") == null || System.getProperty("org.bytedeco.javacpp.cachedir") != null) {
      return;
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    System.setProperty("org.bytedeco.javacpp.cachedir", base.resolve("mtl-workbench").resolve("javacpp").toString());
  }
}

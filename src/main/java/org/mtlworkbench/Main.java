package org.mtlworkbench;

import org.mtlworkbench.cli.MtlCommand;
import org.mtlworkbench.ui.WorkbenchLauncher;

/**
 * Entry point: with no arguments the desktop workbench opens; with arguments the command line
 * runs ({@code train}, {@code bench}, {@code generate}, ...), headless.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    useAppDataForNativeCache();
    if (args.length == 0) {
      WorkbenchLauncher.launch(args);
      return;
    }
    System.exit(MtlCommand.execute(args));
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
    java.nio.file.Path base =
        xdg != null && !xdg.isBlank()
            ? java.nio.file.Path.of(xdg)
            : java.nio.file.Path.of(System.getProperty("user.home"), ".local", "share");
    System.setProperty("org.bytedeco.javacpp.cachedir", base.resolve("mtl-workbench").resolve("javacpp").toString());
  }
}

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
    if (args.length == 0) {
      WorkbenchLauncher.launch(args);
      return;
    }
    System.exit(MtlCommand.execute(args));
  }
}

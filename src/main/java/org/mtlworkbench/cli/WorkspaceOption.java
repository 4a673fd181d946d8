package org.mtlworkbench.cli;

import java.nio.file.Path;
import org.mtlworkbench.store.Workspace;
import picocli.CommandLine.Option;

/**
 * {@code --workspace DIR}, shared by the commands that write runs: where a run goes when {@code
 * --out} is not given. Mixed into {@link TrainCommand} and {@link SweepCommand}, and into {@link RunsCommand}, which
 * lists it.
 */
final class WorkspaceOption {
  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Where runs go when --out is not given, each in a new folder named <date>-<time>-<experiment name>"
          + " (default: $" + Workspace.ENV + ", else $XDG_DATA_HOME/mtl-workbench/runs, else ~/.local/share/mtl-workbench/runs).")
  Path root;

  Workspace workspace() {
    return root != null ? new Workspace(root) : Workspace.defaultWorkspace();
  }

  /** A new, empty folder in the workspace named after {@code name}. */
  Path newRunDir(String name) {
    return workspace().newRunDir(name);
  }
}

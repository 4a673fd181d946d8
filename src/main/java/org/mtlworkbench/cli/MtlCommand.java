package org.mtlworkbench.cli;

import java.io.PrintWriter;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code mtl-workbench <command> ...}. */
@Command(
    name = "mtl-workbench",
    mixinStandardHelpOptions = true,
    versionProvider = MtlCommand.VersionProvider.class,
    description = {
      "MTL Workbench: a laboratory for multi-task learning.",
      "Without a command, the desktop app opens (with --workspace DIR alone: keeping its runs in DIR)."
    },
    subcommands = {TrainCommand.class, SweepCommand.class, RunsCommand.class, BenchCommand.class, GenerateCommand.class,
        ReportCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class})
public final class MtlCommand implements Runnable {
  /** Exit code for a user's mistake (bad file, bad option). */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code; user errors are one line on stderr. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new MtlCommand());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof InputException) {
            err.println("error: " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
          }
          throw e;
        });
    cl.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("error: " + e.getMessage());
          err.println("(see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
          err.flush();
          return EXIT_BAD_INPUT;
        });
    return cl;
  }

  /** Prints the app and runtime versions. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return Versions.all().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
  }
}

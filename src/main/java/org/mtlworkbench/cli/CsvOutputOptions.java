package org.mtlworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a {@code generate} subcommand writes its CSV and with how many significant digits. */
final class CsvOutputOptions {
  @Option(names = "--digits", paramLabel = "N", description = "significant digits (default ${DEFAULT-VALUE})")
  Integer digits;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write")
  Path out;
}

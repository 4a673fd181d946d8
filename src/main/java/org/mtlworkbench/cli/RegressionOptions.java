package org.mtlworkbench.cli;

import picocli.CommandLine.Option;

/**
 * The options every synthetic regression generator of {@code generate} takes: how many rows, the
 * input dimension and the generator's seed. Their defaults come from the generator's spec record
 * ({@link GenerateCommand.SpecDefaults}).
 */
final class RegressionOptions {
  @Option(names = "--rows", paramLabel = "N", description = "rows (default ${DEFAULT-VALUE})")
  Integer rows;

  @Option(names = "--features", paramLabel = "D", description = "input dimension (default ${DEFAULT-VALUE})")
  Integer features;

  @Option(names = "--seed", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})")
  Long seed;
}

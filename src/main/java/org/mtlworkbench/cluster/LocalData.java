package org.mtlworkbench.cluster;

import java.nio.file.Path;

/**
 * Where a machine running a {@link ClusterWork} finds its copy of a data file the driver shipped.
 */
@FunctionalInterface
public interface LocalData {

  /** This machine's copy of {@code driverPath} (an absolute path on the driver). */
  Path file(String driverPath);

  /** The driver's own disk: every file is where the driver has it (a study run in-process). */
  LocalData SAME_DISK = Path::of;
}

package org.mtlworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/** Hand-made run directories (a run.json only) for workspace tests. */
final class StoredRuns {
  private StoredRuns() {}

  static Path run(Path dir, String name, String status, String startedAt) throws IOException {
    ExperimentSpec spec = ExperimentFiles.parse(TinyExperiments.twoTasks(2), "test");
    RunManifest m = new RunManifest(1, name, status, status, null, "mtl-workbench train x.json", 5, startedAt, null, 1.5, 30, 30,
        List.of("y1", "y2"), List.of("dense0"), Map.of(), Map.of("source", "generated"), spec,
        Map.of("validation", Map.of("y1", Map.of("loss", 0.5)), "test", Map.of("y1", Map.of("loss", 0.25))), null, null, null);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("run.json"), ExperimentFiles.mapper().writeValueAsString(m));
    return dir;
  }
}

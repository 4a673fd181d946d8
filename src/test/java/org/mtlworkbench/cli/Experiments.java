package org.mtlworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small experiment files for command-line tests. */
final class Experiments {
  private Experiments() {}

  /** A 2-task correlated-regression experiment on generated data; {@code extra} is spliced in. */
  static String generated(String model, String training, String extra) {
    return """
        {
          "schemaVersion": 1,
          "name": "cli test",
          "data": {"generator": {"type": "correlated-regression", "rows": 600, "features": 8, "tasks": 2, "correlation": 0.5, "seed": 3}},
          "tasks": [{"target": "y1"}, {"target": "y2"}],
          "model": %s,
          "training": %s%s
        }
        """.formatted(model, training, extra);
  }

  static Path write(Path dir, String name, String json) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, json);
    return p;
  }
}

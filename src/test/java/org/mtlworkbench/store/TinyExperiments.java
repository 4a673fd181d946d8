package org.mtlworkbench.store;

/** Small experiments on generated data for run-store tests. */
final class TinyExperiments {
  private TinyExperiments() {}

  /**
   * Two correlated regression tasks on 600 generated rows (480 for training): with batch size 32,
   * 15 steps per epoch; gradient diagnostics at every step.
   */
  static String twoTasks(int epochs) {
    return """
        {
          "schemaVersion": 1,
          "name": "store test",
          "data": {"generator": {"type": "correlated-regression", "rows": 600, "features": 8, "tasks": 2, "correlation": 0.5, "seed": 3}},
          "tasks": [{"target": "y1"}, {"target": "y2"}],
          "model": {"backbone": [{"units": 16}], "head": [{"units": 4}]},
          "training": {"epochs": %d, "batchSize": 32, "seed": 5, "threads": 1}
        }
        """.formatted(epochs);
  }
}

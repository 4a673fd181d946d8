package org.mtlworkbench.ui;

import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Wakes ND4J, the numerics engine. Its first operation loads the backend and unpacks its native
 * libraries (up to a few seconds on a first run), so the desktop app does this once, off the UI
 * thread, while the window is already on screen.
 */
final class NumericsEngine {
  private NumericsEngine() {}

  /**
   * Runs one tiny operation so that every later one finds the engine loaded.
   *
   * @return a one-line description of the engine for the status bar
   */
  static String start() {
    Nd4j.zeros(1);
    return describe(Nd4j.getExecutioner().getEnvironmentInformation());
  }

  /** For example {@code "ND4J on CPU · OPENBLAS · 2 threads"}; facts the backend omits are left out. */
  static String describe(Properties info) {
    StringBuilder text = new StringBuilder("ND4J on ").append(info.getOrDefault("backend", "?"));
    Object blas = info.get("blas.vendor");
    if (blas != null) {
      text.append(" · ").append(blas);
    }
    Object threads = info.get("omp.threads");
    if (threads != null) {
      text.append(" · ").append(threads).append("1".equals(threads.toString()) ? " thread" : " threads");
    }
    return text.toString();
  }
}

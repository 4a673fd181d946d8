package org.mtlworkbench.ui.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the trainer go first when it and the JIT compiler want the same core: the JVM's compiler
 * threads are given a lower scheduling priority (nice {@value #NICE}) when the window starts its
 * first run.
 *
 * <p>Why: during the first minute of a fresh window, HotSpot's C1 and C2 threads compile the
 * drawing code (JavaFX, its software renderer, JFreeChart) — measured at three quarters of a
 * core for some 30 s on a two-core machine, where the trainer then waits for a core a fifth of
 * the time. At nice {@value #NICE} the compilers still get every idle cycle (and so finish, a
 * little later), but no longer take the trainer's: a fresh window's first run went from 0.86× to
 * about 0.93× the steps/s of headless {@code train} (PERFORMANCE.md, "The window").
 *
 * <p>Linux only: the threads are found by name in {@code /proc/self/task} and changed with
 * {@code renice} (any user may lower the priority of their own threads). Elsewhere, or if that
 * fails, nothing changes: it is a speed-up, not something a run depends on.
 */
final class CompilerThreadsYield {
  /** The compiler threads' nice value (0 is normal, 19 the lowest priority). */
  static final int NICE = 10;

  private static final Logger LOG = LoggerFactory.getLogger(CompilerThreadsYield.class);
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private CompilerThreadsYield() {}

  /** Lowers the compiler threads' priority the first time it is called; later calls do nothing. */
  static void once() {
    if (DONE.compareAndSet(false, true)) {
      apply(TASKS);
    }
  }

  /** Renices the compiler threads listed under {@code tasks}; whether {@code renice} succeeded. */
  static boolean apply(Path tasks) {
    List<String> ids = compilerThreads(tasks);
    if (ids.isEmpty()) {
      return false;
    }
    List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(NICE), "-p"));
    command.addAll(ids);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      LOG.debug("compiler threads keep their priority: {}", e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The ids of the JIT compiler threads among {@code tasks} (one folder per thread, its name in
   * {@code comm}: HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1", …, which the
   * kernel cuts to 15 characters). Empty where there is no such folder.
   */
  static List<String> compilerThreads(Path tasks) {
    List<String> ids = new ArrayList<>();
    if (!Files.isDirectory(tasks)) {
      return ids;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tasks)) {
      for (Path d : dirs) {
        Path comm = d.resolve("comm");
        if (Files.isReadable(comm) && isCompiler(Files.readString(comm).strip())) {
          ids.add(d.getFileName().toString());
        }
      }
    } catch (IOException e) {
      LOG.debug("cannot list the JVM's threads: {}", e.getMessage());
    }
    ids.sort(null);
    return ids;
  }

  static boolean isCompiler(String threadName) {
    return threadName.matches("C[12] CompilerThre.*");
  }
}

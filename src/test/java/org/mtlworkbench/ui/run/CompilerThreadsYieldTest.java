package org.mtlworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerThreadsYieldTest {

  @Test
  void findsTheCompilerThreadsByTheirNamesAsTheKernelCutsThem(@TempDir Path tasks) throws IOException {
    thread(tasks, "101", "main");
    thread(tasks, "102", "C2 CompilerThre");
    thread(tasks, "103", "C1 CompilerThre");
    thread(tasks, "104", "mtl-trainer");
    thread(tasks, "105", "JavaFX Applicat");
    thread(tasks, "106", "GC Thread#0");
    assertThat(CompilerThreadsYield.compilerThreads(tasks)).containsExactly("102", "103");
  }

  @Test
  void noThreadFolderMeansNothingToDo(@TempDir Path dir) {
    assertThat(CompilerThreadsYield.compilerThreads(dir.resolve("absent"))).isEmpty();
    assertThat(CompilerThreadsYield.apply(dir.resolve("absent"))).isFalse();
  }

  /**
   * On Linux, this JVM's own compiler threads end at the lower priority: read back from the
   * kernel's view of each thread ({@code stat}, field 19 is the nice value), not from the class.
   */
  @Test
  void theJvmsCompilerThreadsRunAtTheLowerPriority() throws IOException {
    Path tasks = Path.of("/proc/self/task");
    assumeTrue(Files.isDirectory(tasks), "needs Linux's /proc");
    List<String> ids = CompilerThreadsYield.compilerThreads(tasks);
    assumeTrue(!ids.isEmpty(), "a JVM with JIT compiler threads");
    assumeTrue(CompilerThreadsYield.apply(tasks), "renice is installed");
    for (String id : ids) {
      String stat = Files.readString(tasks.resolve(id).resolve("stat"));
      // after "pid (comm) ": state is field 3, so nice (field 19) is the 17th after the name
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      assertThat(Integer.parseInt(after[16])).as("nice of thread %s", id).isEqualTo(CompilerThreadsYield.NICE);
    }
  }

  private static void thread(Path tasks, String id, String name) throws IOException {
    Files.createDirectories(tasks.resolve(id));
    Files.writeString(tasks.resolve(id).resolve("comm"), name + "\n");
  }
}

package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitCommandTest {

  @Test
  void theCommandNamesTheMainClassTheClusterJarItsLibrariesAndTheSameMasterTwice() {
    List<String> w = SubmitCommand.words("spark-submit", "spark://head:7077", "$CLUSTER", "study.json", "results");
    assertThat(w).containsExactly("spark-submit", "--master", "spark://head:7077", "--deploy-mode", "client",
        "--class", "org.mtlworkbench.Main", "--jars", "$CLUSTER/lib/*.jar", "$CLUSTER/mtl-workbench-cluster.jar",
        "sweep", "study.json", "--out", "results", "--spark", "spark://head:7077");
  }

  @Test
  void theMainClassIsTheAppsEntryPoint() throws ClassNotFoundException {
    assertThat(Class.forName(SubmitCommand.MAIN_CLASS).getMethods()).anyMatch(m -> m.getName().equals("main"));
  }

  @Test
  void theShellLineKeepsEveryWordWhole(@TempDir Path dir) throws IOException, InterruptedException {
    List<String> w = SubmitCommand.words("printf", "local[2]", "$CLUSTER", "my study.json", "it's here");
    String line = SubmitCommand.shellLine(w);
    assertThat(line).contains("'local[2]'").contains("\"$CLUSTER/lib/*.jar\"");
    // the shell reads it back into the same words (printf stands in for spark-submit), the glob
    // left for spark-submit to expand even where it would match files here
    Files.createDirectories(dir.resolve("c/lib"));
    Files.writeString(dir.resolve("c/lib/a.jar"), "");
    Process p = new ProcessBuilder("bash", "-c", "CLUSTER=c; " + line.replaceFirst("^printf", "printf '%s\\\\n'"))
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isZero();
    assertThat(out.lines().toList()).containsExactly("--master", "local[2]", "--deploy-mode", "client", "--class", "org.mtlworkbench.Main",
        "--jars", "c/lib/*.jar", "c/mtl-workbench-cluster.jar", "sweep", "my study.json", "--out", "it's here", "--spark", "local[2]");
  }
}

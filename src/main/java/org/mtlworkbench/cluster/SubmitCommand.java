package org.mtlworkbench.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code spark-submit} command that runs a study on a cluster: the one place that knows the
 * main class, the cluster jar and its libraries (the build's {@code target/cluster}), so that the
 * README, the exported folder and the launcher script say the same.
 *
 * <p>The driver runs where the command is typed ({@code --deploy-mode client}, Spark's default):
 * it reads the study and its data from this disk, ships the data to the executors itself
 * ({@code SparkContext.addFile}: no {@code --files} needed) and writes the results into
 * {@code --out} here as each run comes back.
 */
public final class SubmitCommand {
  /** The class spark-submit starts: the app's own entry point, which runs the {@code sweep} command. */
  public static final String MAIN_CLASS = "org.mtlworkbench.Main";
  /** The jar for spark-submit, in the build's {@code target/cluster}. */
  public static final String CLUSTER_JAR = "mtl-workbench-cluster.jar";
  /** Its libraries, beside it, passed as the application's jars. */
  public static final String LIB_JARS = "lib/*.jar";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

  private SubmitCommand() {}

  /**
   * The command's words.
   *
   * @param sparkSubmit the spark-submit to call (a Spark installation's, or the build's {@code target/cluster/bin/spark-submit})
   * @param master the Spark master URL
   * @param clusterDir the folder holding {@value #CLUSTER_JAR} and {@code lib/}
   * @param study the study file
   * @param out the folder the results go to, on the machine where the command runs
   */
  public static List<String> words(String sparkSubmit, String master, String clusterDir, String study, String out) {
    String dir = clusterDir.endsWith("/") ? clusterDir : clusterDir + "/";
    List<String> w = new ArrayList<>(List.of(sparkSubmit, "--master", master, "--deploy-mode", "client", "--class", MAIN_CLASS,
        "--jars", dir + LIB_JARS, dir + CLUSTER_JAR));
    w.addAll(List.of("sweep", study, "--out", out, "--spark", master));
    return w;
  }

  /** The command as one shell line, each word quoted where the shell would read it otherwise ({@code local[2]}, a glob). */
  public static String shellLine(List<String> words) {
    return String.join(" ", words.stream().map(SubmitCommand::quote).toList());
  }

  static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    if (word.startsWith("$") && !word.contains("'")) {
      return "\"" + word + "\""; // a shell variable the reader sets, e.g. "$CLUSTER/lib/*.jar"
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}

package org.mtlworkbench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.data.MultiFashionSpec;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;

/**
 * "Export for cluster…": a study written into a folder that can be carried to a cluster's edge
 * node and run there: the study file (the experiment inline), its data beside it, and a script
 * with the {@code spark-submit} command ({@link SubmitCommand}). Touches no Spark class, so the
 * window can call it.
 *
 * <pre>
 * study.json        the study; its data paths are relative to this folder
 * data/             the CSV file, or the Fashion-MNIST files the study reads here
 * submit.sh         spark-submit ...; MASTER, CLUSTER and SPARK_SUBMIT can be set
 * README.txt        what to do with it
 * </pre>
 */
public final class ClusterExport {
  public static final String STUDY_FILE = "study.json";
  public static final String DATA = "data";
  public static final String SUBMIT_SCRIPT = "submit.sh";
  public static final String README = "README.txt";
  /** Where the script puts the results, inside the folder. */
  public static final String RESULTS = "results";

  private ClusterExport() {}

  /**
   * @param study the study as it would run here
   * @param folder a new or empty folder
   * @param master the Spark master the script uses unless MASTER is set
   * @param clusterDir the folder of the cluster jar and its lib/ on this machine (a build's
   *     target/cluster), or null when there is none: then CLUSTER must be set
   * @return the files written, in the order above
   * @throws InputException one line, when the folder is not new or empty
   */
  public static List<Path> write(Study study, Path folder, String master, Path clusterDir) {
    SparkMaster.checkUrl(master);
    try {
      if (Files.exists(folder) && (!Files.isDirectory(folder) || !empty(folder))) {
        throw new InputException(folder + ": give a new or empty folder to export the study into");
      }
      Files.createDirectories(folder);
      ExperimentSpec experiment = withDataIn(study.experiment(), folder);
      List<Path> written = new ArrayList<>();
      Path studyFile = folder.resolve(STUDY_FILE);
      StudyFiles.write(study.withExperiment(experiment).toSpec(), studyFile);
      written.add(studyFile);
      try (Stream<Path> data = Files.exists(folder.resolve(DATA)) ? Files.walk(folder.resolve(DATA)) : Stream.empty()) {
        written.addAll(data.filter(Files::isRegularFile).sorted().toList());
      }
      Path script = folder.resolve(SUBMIT_SCRIPT);
      AtomicFiles.writeString(script, script(master, clusterDir));
      script.toFile().setExecutable(true);
      written.add(script);
      Path readme = folder.resolve(README);
      AtomicFiles.writeString(readme, readme(study));
      written.add(readme);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export the study into " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Copies the experiment's data files into {@code folder/data} and points the experiment at them. */
  private static ExperimentSpec withDataIn(ExperimentSpec e, Path folder) throws IOException {
    List<String> files = ShippedData.files(e, null);
    if (files.isEmpty()) {
      return e;
    }
    DataSpec d = e.data();
    Path into = d.csv() != null ? folder.resolve(DATA) : folder.resolve(DATA).resolve("fashion-mnist");
    Files.createDirectories(into);
    for (String f : files) {
      Files.copy(Path.of(f), into.resolve(Path.of(f).getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }
    if (d.csv() != null) {
      // relative to the study file
      String csv = DATA + "/" + Path.of(files.get(0)).getFileName();
      return e.withData(new DataSpec(csv, null, d.features(), d.impute(), d.split(), d.standardize()));
    }
    MultiFashionSpec mf = (MultiFashionSpec) d.generator();
    // a Multi-Fashion source is relative to the working directory: the script runs in this folder
    MultiFashionSpec here = new MultiFashionSpec(DATA + "/fashion-mnist", mf.rows(), mf.pairing(), mf.resize(), mf.seed());
    return e.withData(new DataSpec(null, here, d.features(), d.impute(), d.split(), d.standardize()));
  }

  static String script(String master, Path clusterDir) {
    List<String> words = SubmitCommand.words("$SPARK_SUBMIT", "$MASTER", "$CLUSTER", STUDY_FILE, RESULTS);
    String cluster = clusterDir == null ? "" : clusterDir.toAbsolutePath().normalize().toString();
    return """
        #!/bin/sh
        # Runs this study's runs as tasks of a Spark cluster; the results come back into ./%s
        # (running it again resumes: runs already complete are skipped).
        #   MASTER        the Spark master URL (default: %s)
        #   CLUSTER       the folder of %s and lib/ (mtl-workbench's build: target/cluster)
        #   SPARK_SUBMIT  the spark-submit to call (default: spark-submit on the PATH, else $CLUSTER/bin/spark-submit)
        set -e
        cd "$(dirname "$0")"
        MASTER="${MASTER:-%s}"
        CLUSTER="${CLUSTER:-%s}"
        if [ -z "$CLUSTER" ] || [ ! -f "$CLUSTER/%s" ]; then
          echo "submit.sh: set CLUSTER to the folder of %s (mtl-workbench's build: target/cluster)" >&2
          exit 2
        fi
        if [ -z "$SPARK_SUBMIT" ]; then
          SPARK_SUBMIT="$(command -v spark-submit || echo "$CLUSTER/bin/spark-submit")"
        fi
        exec %s
        """.formatted(RESULTS, shellDefault(master), SubmitCommand.CLUSTER_JAR, shellDefault(master), shellDefault(cluster),
        SubmitCommand.CLUSTER_JAR, SubmitCommand.CLUSTER_JAR, SubmitCommand.shellLine(words));
  }

  private static String readme(Study study) {
    return """
        Study "%s", exported for a Spark cluster by MTL Workbench.

        On a machine that reaches the cluster (the driver: it reads this folder, ships the data to
        the executors itself and writes every run back into ./%s as it ends):

            MASTER=spark://head:7077 CLUSTER=/path/to/target/cluster ./%s

        Spark 4.x with Java 17+ and Linux x86-64 executors. Without a Spark installation, the build's
        target/cluster/bin/spark-submit is used. Open ./%s in MTL Workbench like any study folder.
        """.formatted(study.name(), RESULTS, SUBMIT_SCRIPT, RESULTS);
  }

  /** A value inside the script's double-quoted ${VAR:-default}. */
  private static String shellDefault(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
  }

  private static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}

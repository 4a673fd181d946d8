package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.mtlworkbench.cluster.ClusterExport;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.study.Study;

/**
 * "Export for cluster…": the study on screen written into a folder with its data and the
 * {@code spark-submit} command ({@link ClusterExport}), in the background, the outcome said in one
 * line. The folder can be carried to a machine that reaches the cluster and run there with
 * {@code ./submit.sh}; its results open in the window like any study folder.
 */
final class ClusterExportAction {
  /** Where to export and which Spark master the script uses unless MASTER is set. */
  record Target(Path folder, String master) {}

  private ClusterExportAction() {}

  /**
   * @param clusterDir the build's cluster folder (the cluster jar and lib/) when the app runs from
   *     a build that has one, else null: the script then asks for CLUSTER
   */
  static void export(Study study, Target target, Path clusterDir, Executor background, Consumer<String> say) {
    say.accept("Exporting the study for a cluster into " + target.folder().getFileName() + "…");
    Task<List<Path>> write = new Task<>() {
      @Override
      protected List<Path> call() {
        return ClusterExport.write(study, target.folder(), target.master(), clusterDir);
      }
    };
    write.setOnSucceeded(e -> say.accept("Exported the study for a cluster: " + write.getValue().size() + " files in "
        + target.folder() + "; run ./" + ClusterExport.SUBMIT_SCRIPT + " there (see " + ClusterExport.README + ")."));
    write.setOnFailed(e -> {
      Throwable t = write.getException();
      say.accept("Not exported: " + (t instanceof InputException ? t.getMessage() : String.valueOf(t.getMessage())));
    });
    background.execute(write);
  }

  /**
   * The cluster folder of the build the app runs from ({@code target/cluster} beside {@code
   * target/app}), or null for an installed app, which has none.
   */
  static Path buildClusterFolder() {
    try {
      Path jar = Path.of(ClusterExport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path app = jar.getParent();
      Path cluster = app == null || app.getParent() == null ? null : app.getParent().resolve("cluster");
      return cluster != null && java.nio.file.Files.isRegularFile(cluster.resolve("mtl-workbench-cluster.jar")) ? cluster : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}

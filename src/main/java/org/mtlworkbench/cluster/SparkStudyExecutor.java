package org.mtlworkbench.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.mtlworkbench.common.InputException;

/**
 * Runs the runs of a study as Spark tasks, each run one task, and brings every run directory back
 * into the study directory as its task ends.
 *
 * <p>Each run is a Spark job of its own (one task): Spark retries a task whose executor died
 * ({@code spark.task.maxFailures}, 4 on a cluster), and a run that fails for good fails alone,
 * as a failed result with Spark's one-line reason, while the others go on. A failure inside a run
 * (bad data, divergence) is a result, not a task failure ({@link ScratchRun}). On a cluster the
 * results come back through Spark ({@link TaskResult}: the run directory zipped) and are written
 * on the calling thread, each whole or not at all ({@link RunFolderZip}); no folder shared with
 * the executors is needed or used. On a master on this machine the executors share the driver's
 * disk: each task leaves its run directory in the study directory's hand-over folder and this
 * thread renames it into place, again whole or not at all ({@link SparkTask#forMaster}). The
 * data files travel with Spark's own file distribution ({@code SparkContext.addFile}).
 *
 * <p>Ctrl+C (the JVM's shutdown) cancels the Spark jobs, which interrupts the runs on the
 * executors; the runs already back stay written.
 */
public final class SparkStudyExecutor implements AutoCloseable {
  private static final String JOB_GROUP = "mtl-workbench-study";
  /** How long the shutdown hook waits for the results already back to be written. */
  private static final long SHUTDOWN_WAIT_SECONDS = 20;

  private final JavaSparkContext sc;
  private final String master;
  private final Set<String> shipped = new LinkedHashSet<>();
  private final Map<String, String> shippedByName = new HashMap<>();
  private volatile boolean cancelled;

  private SparkStudyExecutor(JavaSparkContext sc, String master) {
    this.sc = sc;
    this.master = master;
  }

  /**
   * Starts Spark against {@code master} (any master URL: local[N], spark://host:port, k8s://...).
   *
   * @throws InputException one line, naming the master, when it is wrong or cannot be reached
   */
  public static SparkStudyExecutor connect(String master, String appName) {
    return connect(master, appName, Map.of());
  }

  /**
   * As above, with further Spark settings (those of {@code spark-submit --conf} and of
   * {@code spark.*} system properties apply too).
   */
  public static SparkStudyExecutor connect(String master, String appName, Map<String, String> settings) {
    SparkRuntime.require();
    SparkMaster.check(master);
    SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
        // Spark speaks only when something is wrong (log4j2 on a cluster; simplelogger.properties here)
        .set("spark.log.level", "WARN");
    if (SparkMaster.local(master)) {
      // nothing of a local study listens beyond this machine
      conf.set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    settings.forEach(conf::set);
    try {
      return new SparkStudyExecutor(new JavaSparkContext(conf), master);
    } catch (RuntimeException e) {
      throw new InputException("Spark master " + master + ": " + reason(e), e);
    }
  }

  /** The results of one call of {@link #run}: in the order they came back. */
  public record Outcome(List<TaskResult> results, boolean stopped) {}

  /**
   * Runs every work as a Spark task and writes each run directory into {@code studyDir} as it
   * comes back, then hands its result to {@code onResult}, both on this thread.
   *
   * @throws InputException when two data files of different folders have the same name (Spark
   *     keeps shipped files by name)
   */
  public Outcome run(List<? extends ClusterWork> works, Path studyDir, Consumer<TaskResult> onResult) {
    cancelled = false;
    ship(works);
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      cancel();
      try {
        done.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "mtl-spark-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    List<TaskResult> results = new ArrayList<>();
    try {
      sc.setJobGroup(JOB_GROUP, "MTL Workbench study", true);
      Map<Integer, JavaFutureAction<List<TaskResult>>> pending = new LinkedHashMap<>();
      SparkTask task = SparkTask.forMaster(master, studyDir);
      for (int i = 0; i < works.size() && !cancelled; i++) {
        pending.put(i, sc.parallelize(List.of(works.get(i)), 1).map(task).collectAsync());
      }
      while (!pending.isEmpty()) {
        boolean any = false;
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          if (e.getValue().isDone()) {
            it.remove();
            any = true;
            TaskResult r = resultOf(e.getValue(), works.get(e.getKey()));
            if (r.files() != null) {
              RunFolderZip.unpack(r.files(), studyDir.resolve(r.dir()));
            } else if (r.folder() != null) {
              RunFolderZip.adopt(Path.of(r.folder()), r.dir(), studyDir.resolve(r.dir()));
            }
            TaskResult kept = TaskResult.without(r.key(), r.dir(), r.end()); // the run is on disk now
            results.add(kept);
            onResult.accept(kept);
          }
        }
        if (!any) {
          Thread.sleep(100);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
    } finally {
      if (!cancelled) {
        // every task has ended; what is left is from attempts whose executor died
        RunFolderZip.deleteQuietly(SparkTask.handOverFolder(studyDir));
      }
      // else the cancelled tasks may still be stopping: each deletes its own scratch folder
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running
      }
    }
    return new Outcome(results, cancelled);
  }

  /** Cancels the study's Spark jobs, from any thread: their runs come back as stopped. */
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    try {
      sc.cancelJobGroup(JOB_GROUP);
    } catch (RuntimeException stoppedAlready) {
      // Spark's own shutdown hook may have stopped the context first
    }
  }

  public String master() {
    return master;
  }

  /** How many tasks Spark runs at once now (its default parallelism: the executors' cores). */
  public int parallelism() {
    return sc.defaultParallelism();
  }

  @Override
  public void close() {
    sc.stop();
  }

  /** Ships each data file once per executor; Spark names a shipped file by its name alone. */
  private void ship(List<? extends ClusterWork> works) {
    for (ClusterWork w : works) {
      for (String file : w.dataFiles()) {
        if (shipped.contains(file)) {
          continue;
        }
        String name = Path.of(file).getFileName().toString();
        String other = shippedByName.putIfAbsent(name, file);
        if (other != null) {
          throw new InputException(file + ": has the same name as " + other + "; Spark ships files by name, rename one of them");
        }
        sc.addFile(file);
        shipped.add(file);
      }
    }
  }

  private TaskResult resultOf(JavaFutureAction<List<TaskResult>> f, ClusterWork work) {
    try {
      return f.get().get(0);
    } catch (ExecutionException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      RunEnd end = cancelled ? RunEnd.stopped("stopped: the study was cancelled") : RunEnd.failed("Spark: " + reason(cause));
      return TaskResult.without(work.key(), work.dir(), end);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TaskResult.without(work.key(), work.dir(), RunEnd.stopped("stopped: the study was cancelled"));
    }
  }

  /** Spark's message without its stack trace ("Job aborted due to stage failure: ... Driver stacktrace: ..."). */
  static String reason(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int trace = m.indexOf("Driver stacktrace");
    if (trace >= 0) {
      m = m.substring(0, trace);
    }
    return RunEnd.oneLine(m);
  }
}

package org.mtlworkbench.cluster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mtlworkbench.study.ParallelRuns;
import org.mtlworkbench.study.PlannedRun;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.RunRecord;

/**
 * A study's runs as Spark tasks ({@link SparkStudyExecutor}), for the study runner: each planned
 * run is one task running {@link StudyWork}, and comes back as the run record the in-process
 * study would have written, its folder already in the study directory.
 */
public final class SparkRuns implements ParallelRuns, AutoCloseable {
  private final SparkStudyExecutor spark;

  private SparkRuns(SparkStudyExecutor spark) {
    this.spark = spark;
  }

  /**
   * Starts Spark against {@code master}.
   *
   * @throws org.mtlworkbench.common.InputException one line, when Spark is missing or the master
   *     is wrong or does not answer
   */
  public static SparkRuns connect(String master, String studyName) {
    return new SparkRuns(SparkStudyExecutor.connect(master, "MTL Workbench study: " + studyName));
  }

  @Override
  public int parallelism() {
    return spark.parallelism();
  }

  @Override
  public void run(PreparedStudy study, List<PlannedRun> runs, Path dir, Consumer<RunRecord> ended) {
    List<StudyWork> works = StudyWork.of(study, runs, dir);
    Map<String, StudyWork> byDir = new HashMap<>();
    works.forEach(w -> byDir.put(w.dir(), w));
    spark.run(works, dir, r -> {
      StudyWork w = byDir.get(r.dir());
      ended.accept(new RunRecord(w.runKey(), w.dir(), r.end().status(), r.end().message(), r.end().wallSeconds()));
    });
  }

  @Override
  public void cancel() {
    spark.cancel();
  }

  @Override
  public void close() {
    spark.close();
  }
}

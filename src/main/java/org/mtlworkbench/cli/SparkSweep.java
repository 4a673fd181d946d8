package org.mtlworkbench.cli;

import java.io.PrintWriter;
import org.mtlworkbench.cluster.SparkRuns;
import org.mtlworkbench.study.StudyOutcome;
import org.mtlworkbench.study.StudyRunner;

/**
 * {@code sweep ... --spark MASTER}: the study's runs as Spark tasks. Apart from {@link
 * SweepCommand} so that a sweep without {@code --spark} never reaches a class that needs Spark.
 */
final class SparkSweep {
  private SparkSweep() {}

  static StudyOutcome run(StudyRunner runner, String master, String studyName, PrintWriter out) {
    try (SparkRuns spark = SparkRuns.connect(master, studyName)) {
      out.println("running the study's runs as Spark tasks on " + master + " (" + spark.parallelism() + " at a time)");
      out.flush();
      return runner.runningIn(spark).run();
    }
  }
}

package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.List;

/** Lets tests of other packages compare study summaries as {@link StudyRunnerTest} does. */
public final class StudyRunnerTestAccess {
  private StudyRunnerTestAccess() {}

  /** summary.csv without the wall-time columns. */
  public static List<String> withoutWallTimes(Path studyDir) throws Exception {
    return StudyRunnerTest.withoutWallTimes(studyDir);
  }
}

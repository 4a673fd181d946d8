package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.StepRecord;

/** What the run writer promises a reader while the run goes: rows on disk within a second, and the lock. */
class RunFilesWriterTest {
  @TempDir Path dir;

  private RunDirectoryWriter startedWriter() {
    var spec = ExperimentFiles.parse(TinyExperiments.twoTasks(1), "test");
    RunDirectoryWriter w = new RunDirectoryWriter(dir, new RunManifestWriter(dir, spec, null, "test", Map.of()));
    w.onStart(new RunInfo(List.of("y1", "y2"), List.of("dense0"), 100, 10, "equal", "hard"));
    return w;
  }

  private static StepRecord step(long s) {
    var g = new GradientSnapshot(new double[] {1, 2}, new double[][] {{1}, {2}}, new double[][] {{1, -0.5}, {-0.5, 1}});
    return new StepRecord(s, 0, 0.01, new double[] {0.5, 0.25}, new double[] {1, 1}, new double[] {1, 1}, g, 0);
  }

  @Test
  void aSlowStepReachesTheDiskWithinAboutASecond() throws Exception {
    RunDirectoryWriter w = startedWriter();
    try {
      w.onStep(step(0));
      // the next step would be long in coming: the timer must flush without it
      long deadline = System.nanoTime() + 2_500_000_000L;
      RunMetrics m = RunMetrics.read(dir);
      while (m.series("y2", "train", "loss").size() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        m = RunMetrics.read(dir);
      }
      assertThat(m.series("y2", "train", "loss").values()).containsExactly(0.25);
      assertThat(m.conflict("y1", "y2").values()).containsExactly(-0.5);
      assertThat(RunReader.read(dir).status()).isEqualTo(StoredStatus.RUNNING);
    } finally {
      w.onFinish(new RunOutcome(RunStatus.STOPPED, "stopped by the test", 1, 0.1, null, null));
    }
    assertThat(RunLock.isHeld(dir)).isFalse();
    assertThat(dir.resolve(RunLock.FILE)).doesNotExist();
    assertThat(RunReader.read(dir).status()).isEqualTo(StoredStatus.STOPPED);
  }

  @Test
  void closingWithoutFinishReleasesTheLockAndLeavesACrashedRun() throws Exception {
    RunDirectoryWriter w = startedWriter();
    w.onStep(step(0));
    assertThat(RunLock.isHeld(dir)).isTrue();
    w.close(); // what RunRecorder does when the run ends with an exception instead of onFinish
    w.close();
    assertThat(RunLock.isHeld(dir)).isFalse();
    StoredRun run = RunReader.read(dir);
    assertThat(run.status()).isEqualTo(StoredStatus.CRASHED);
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"status\" : \"running\"");
  }
}

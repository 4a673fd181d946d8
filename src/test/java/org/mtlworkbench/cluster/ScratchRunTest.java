package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.train.RunStatus;

/**
 * Both ways a task hands its run directory to the driver, without Spark: zipped into the result
 * (a cluster) and left whole in the driver's hand-over folder (a master on the driver's machine);
 * each gives the run directory an in-process run writes.
 */
class ScratchRunTest {
  private static final ExperimentWork WORK = ExperimentWork.of("pcgrad/seed-3",
      SparkStudyExecutorTest.experiment(SparkStudyExecutorTest.GENERATED, "pcgrad", 3, 2), null);

  @Test
  void zippedIntoTheResultOnACluster(@TempDir Path tmp) throws IOException {
    TaskResult r = ScratchRun.run(WORK, LocalData.SAME_DISK, JobRunner.waiting(), Deflater.BEST_SPEED, null);

    assertThat(r.end().status()).isEqualTo(RunStatus.FINISHED.id());
    assertThat(r.folder()).isNull();
    Path study = tmp.resolve("study");
    RunFolderZip.unpack(r.files(), study.resolve(r.dir()));
    assertSameAsInProcess(study, tmp.resolve("in-process"));
  }

  @Test
  void leftWholeInTheHandOverFolderOnTheDriversDisk(@TempDir Path tmp) throws IOException {
    Path study = tmp.resolve("study");
    Path handOver = SparkTask.handOverFolder(study);

    TaskResult r = ScratchRun.run(WORK, LocalData.SAME_DISK, JobRunner.waiting(), Deflater.NO_COMPRESSION, handOver);

    assertThat(r.end().status()).isEqualTo(RunStatus.FINISHED.id());
    assertThat(r.files()).isNull();
    Path folder = Path.of(r.folder());
    assertThat(folder).startsWith(handOver.toAbsolutePath()).endsWith(Path.of("pcgrad", "seed-3"));
    RunFolderZip.adopt(folder, r.dir(), study.resolve(r.dir()));
    assertSameAsInProcess(study, tmp.resolve("in-process"));
    try (var left = Files.list(handOver)) {
      assertThat(left).as("the task's scratch folder is gone with the move").isEmpty();
    }
  }

  @Test
  void aStoppedRunLeavesNothingInTheHandOverFolder(@TempDir Path tmp) throws IOException {
    ExperimentWork endless = ExperimentWork.of("long/seed-1",
        SparkStudyExecutorTest.experiment(SparkStudyExecutorTest.GENERATED, "equal", 1, 100_000), null);
    Path handOver = SparkTask.handOverFolder(tmp.resolve("study"));

    TaskResult r;
    Thread task = Thread.currentThread();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(1500); // the run is training by then, the task waiting for it
      } catch (InterruptedException e) {
        return;
      }
      task.interrupt(); // as Spark interrupts the task of a cancelled job
    });
    canceller.start();
    try {
      r = ScratchRun.run(endless, LocalData.SAME_DISK, new StoppableJobRunner(), Deflater.NO_COMPRESSION, handOver);
    } finally {
      canceller.interrupt();
      Thread.interrupted();
    }

    assertThat(r.end().status()).as(r.end().message()).isEqualTo(RunStatus.STOPPED.id());
    assertThat(r.folder()).isNull();
    assertThat(r.files()).isNull();
    assertThat(handOver).as("its scratch folder, and the then empty hand-over folder, are gone").doesNotExist();
  }

  private static void assertSameAsInProcess(Path study, Path inProcess) throws IOException {
    assertThat(WORK.run(inProcess, LocalData.SAME_DISK, JobRunner.waiting()).status()).isEqualTo(RunStatus.FINISHED.id());
    for (String file : new String[] {RunFiles.METRICS, RunFiles.CONFLICTS}) {
      assertThat(Files.readAllBytes(study.resolve(WORK.dir()).resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(inProcess.resolve(WORK.dir()).resolve(file)));
    }
    assertThat(study.resolve(WORK.dir()).resolve(RunFiles.LOCK)).doesNotExist();
  }
}

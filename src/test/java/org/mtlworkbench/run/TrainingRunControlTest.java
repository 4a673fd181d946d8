package org.mtlworkbench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingListener;
import org.mtlworkbench.train.TrainingRun;

/** Pause, single step, resume and stop of a run on its background thread, seen through its metrics log. */
class TrainingRunControlTest {
  private static final String JSON = """
      {"schemaVersion": 1,
       "data": {"generator": {"type": "correlated-regression", "rows": 2000, "features": 8, "tasks": 2, "seed": 3}},
       "tasks": [{"target": "y1"}, {"target": "y2"}],
       "model": {"backbone": [{"units": 8}]},
       "training": {"epochs": 1000, "batchSize": 16}}
      """;

  @Test
  void pauseHoldsTheStepCounterStepAdvancesByOneStopEndsTheRun() throws Exception {
    AssembledRun assembled = ExperimentAssembler.assemble(ExperimentFiles.parse(JSON, "test"), null);
    MetricsLogHolder holder = new MetricsLogHolder();
    TrainingRun run = TrainingRun.start(assembled.job(), List.of(holder));
    waitUntil(() -> holder.log != null && holder.log.size() > 5);
    run.control().pause();
    Thread.sleep(200);
    int paused = holder.log.size();
    Thread.sleep(300);
    assertThat(holder.log.size()).isEqualTo(paused);
    assertThat(run.progress().step()).isEqualTo(paused);
    run.control().stepOnce();
    waitUntil(() -> holder.log.size() == paused + 1);
    Thread.sleep(200);
    assertThat(holder.log.size()).isEqualTo(paused + 1);
    run.control().resume();
    waitUntil(() -> holder.log.size() > paused + 20);
    assertThat(run.progress().totalSteps()).isEqualTo(1000L * 100);
    run.control().stop();
    RunOutcome outcome = run.outcome().get(30, TimeUnit.SECONDS);
    assertThat(outcome.status()).isEqualTo(RunStatus.STOPPED);
    assertThat(outcome.steps()).isEqualTo(holder.log.size());
    assertThat(outcome.test()).isNotNull();
    assertThat(outcome.validation().tasks()).hasSize(2);
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** Creates the metrics log when the run starts (it needs the run's task and layer names). */
  private static final class MetricsLogHolder implements TrainingListener {
    volatile MetricsLog log;

    @Override
    public void onStart(RunInfo info) {
      log = MetricsLog.forRun(info);
    }

    @Override
    public void onStep(org.mtlworkbench.train.StepRecord record) {
      log.onStep(record);
    }
  }
}

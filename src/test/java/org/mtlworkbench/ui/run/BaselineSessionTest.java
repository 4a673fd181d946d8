package org.mtlworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's baselines: trained after a finished run, one per task, then found in the cache. */
class BaselineSessionTest {
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private static final Executor NEW_THREAD = task -> new Thread(task, "test-preparer").start();
  private final RunSession session = new RunSession(NEW_THREAD);
  @TempDir Path cache;
  private BaselineSession baselines;

  @AfterEach
  void stop() {
    session.stop();
    if (baselines != null) {
      baselines.shutdown();
    }
  }

  private void awaitRunEnd() {
    Await.until(LIMIT, "the run to end", () -> {
      session.poll();
      baselines.poll();
      return session.state() == RunState.ENDED;
    });
  }

  private List<BaselineCurve> awaitBaselines(int n) {
    Await.until(LIMIT, n + " baselines", () -> {
      session.poll();
      baselines.poll();
      return baselines.resultsProperty().get().size() == n;
    });
    return baselines.resultsProperty().get();
  }

  @Test
  void aFinishedRunGetsOneBaselinePerTaskOverTheSameStepsAndTheSecondTimeTheyComeFromTheCache() {
    baselines = new BaselineSession(session, () -> TinyExperiments.HIGH_DIR, () -> cache);
    baselines.enabledProperty().set(true);
    session.start(TinyExperiments.correlatedHigh(2), TinyExperiments.HIGH_DIR);
    awaitRunEnd();
    long mtlSteps = session.outcomeProperty().get().steps();

    List<BaselineCurve> first = awaitBaselines(2);
    assertThat(first).extracting(BaselineCurve::task).containsExactly("y1", "y2");
    assertThat(first).allSatisfy(b -> {
      assertThat(b.finished()).isTrue();
      assertThat(b.cached()).isFalse();
      assertThat(b.validation()).containsKey("mse");
      // Same rows, batch size and epochs as the multi-task run: one loss per training step.
      assertThat((long) b.trainLoss().size()).isEqualTo(mtlSteps);
    });

    baselines.start(session.specProperty().get(), TinyExperiments.HIGH_DIR);
    List<BaselineCurve> again = awaitBaselines(2);
    assertThat(again).allSatisfy(b -> assertThat(b.cached()).isTrue());
    assertThat(again.get(0).validation()).isEqualTo(first.get(0).validation());
  }

  @Test
  void withBaselinesOffNothingIsTrained() throws Exception {
    baselines = new BaselineSession(session, () -> TinyExperiments.HIGH_DIR, () -> cache);
    session.start(TinyExperiments.correlatedHigh(1), TinyExperiments.HIGH_DIR);
    awaitRunEnd();
    Thread.sleep(300);
    baselines.poll();
    assertThat(baselines.resultsProperty().get()).isEmpty();
    assertThat(cache).isEmptyDirectory();
  }
}

package org.mtlworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunControlTest {

  @Test
  void runsFreelyUntilPausedThenGrantsSingleStepsThenStops() throws Exception {
    RunControl c = new RunControl();
    assertThat(c.awaitPermission()).isTrue();
    c.pause();
    CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> permit(c));
    Thread.sleep(100);
    assertThat(blocked).isNotDone();
    c.stepOnce();
    assertThat(blocked.get(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(() -> permit(c));
    Thread.sleep(100);
    assertThat(next).isNotDone();
    c.stop();
    assertThat(next.get(5, TimeUnit.SECONDS)).isFalse();
    assertThat(c.awaitPermission()).isFalse();
  }

  @Test
  void resumeReleasesAWaitingTrainer() throws Exception {
    RunControl c = new RunControl();
    c.pause();
    CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> permit(c));
    Thread.sleep(50);
    c.resume();
    assertThat(blocked.get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(c.isPaused()).isFalse();
  }

  private static boolean permit(RunControl c) {
    try {
      return c.awaitPermission();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}

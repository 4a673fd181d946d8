package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.study.PlannedRun;
import org.mtlworkbench.study.RunKey;
import org.mtlworkbench.study.StudyOutcome;
import org.mtlworkbench.study.StudyProgress;
import org.mtlworkbench.model.Sharing;

/**
 * The study thread's events reach the window coalesced: however many arrive before the window
 * thread runs, one delivery is queued and it carries the newest state; an event after a delivery
 * began queues another, so the last state is never lost.
 */
class StudyFeedTest {
  private final Deque<Runnable> queued = new ArrayDeque<>();
  private final List<StudyFeed.Snapshot> delivered = new ArrayList<>();

  private StudyFeed feed() {
    // no directory is read: runStarted and ended carry what they show
    return new StudyFeed(null, Path.of("unused"), queued::add, delivered::add);
  }

  private static PlannedRun run(long seed) {
    return new PlannedRun(RunKey.multiTask("pcgrad", Sharing.HARD, seed), "pcgrad/seed-" + seed);
  }

  private static StudyProgress progress(int done) {
    return new StudyProgress(4, done, 0, null, done, 4 - done);
  }

  @Test
  void manyEventsBeforeTheWindowThreadRunsAreDeliveredOnceWithTheNewest() {
    StudyFeed f = feed();
    f.runStarted(run(5), progress(0));
    f.runStarted(run(6), progress(1));
    f.runStarted(run(7), progress(2));
    assertThat(queued).hasSize(1);
    queued.poll().run();
    assertThat(delivered).hasSize(1);
    assertThat(delivered.get(0).current()).isEqualTo("pcgrad · hard · seed 7");
    assertThat(delivered.get(0).progress().done()).isEqualTo(2);
  }

  @Test
  void anEventAfterADeliveryQueuesAnotherSoTheEndIsNeverLost() {
    StudyFeed f = feed();
    f.runStarted(run(5), progress(0));
    queued.poll().run();
    StudyOutcome end = new StudyOutcome(false, progress(4), List.of(), null);
    f.ended(end);
    assertThat(queued).hasSize(1);
    queued.poll().run();
    assertThat(delivered).hasSize(2);
    assertThat(delivered.get(1).outcome()).isSameAs(end);
    assertThat(delivered.get(1).current()).isNull();
  }
}

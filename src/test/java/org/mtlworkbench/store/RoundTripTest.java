package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.run.RunRecorder;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.StepRecord;
import org.mtlworkbench.train.TrainingListener;

/** A tiny run recorded to disk and read back equals what the trainer published while it ran. */
class RoundTripTest {
  @TempDir Path tmp;

  /** Keeps what the trainer published. */
  static final class Published implements TrainingListener {
    RunInfo info;
    final List<StepRecord> steps = new ArrayList<>();
    final List<EpochRecord> evaluations = new ArrayList<>();

    @Override
    public void onStart(RunInfo i) {
      info = i;
    }

    @Override
    public void onStep(StepRecord r) {
      steps.add(r);
    }

    @Override
    public void onEpoch(EpochRecord r) {
      evaluations.add(r);
    }
  }

  @Test
  void aRecordedRunReadsBackAsPublished() {
    Workspace ws = new Workspace(tmp);
    var spec = ExperimentFiles.parse(TinyExperiments.twoTasks(2), "test");
    Path dir = ws.newRunDir(spec.name());
    Published pub = new Published();
    RecordedRun rec = RunRecorder.record(spec, null, null, dir, "test", JobRunner.waiting(), List.of(pub));
    assertThat(rec.outcome().status().id()).isEqualTo("finished");

    StoredRun run = RunReader.read(dir);
    assertThat(run.status()).isEqualTo(StoredStatus.FINISHED);
    assertThat(dir.resolve(RunLock.FILE)).as("released and removed at the end").doesNotExist();
    assertThat(run.manifest().experiment()).isEqualTo(spec);
    RunMetrics m = run.metrics();
    List<String> tasks = pub.info.taskNames();
    assertThat(m.tasks()).isEqualTo(tasks).containsExactly("y1", "y2");
    // 480 training rows / batch 32 = 15 steps per epoch, 2 epochs
    assertThat(pub.steps).hasSize(30);
    // train rows: steps × tasks; then per task two validations and one test
    assertThat(m.rows()).isEqualTo(30 * 2 + 3 * 2);
    List<String> layers = pub.info.sharedLayers();
    assertThat(m.layers()).isEqualTo(layers).isNotEmpty();

    for (int k = 0; k < tasks.size(); k++) {
      Series loss = m.series(tasks.get(k), "train", "loss");
      Series grad = m.series(tasks.get(k), "train", "grad_norm");
      Series layer0 = m.series(tasks.get(k), "train", "grad_norm_" + layers.get(0));
      assertThat(loss.size()).isEqualTo(30);
      for (int i = 0; i < 30; i++) {
        StepRecord s = pub.steps.get(i);
        assertThat(loss.steps()[i]).isEqualTo(s.step());
        // files hold floats: agreement to float precision
        assertThat(loss.values()[i]).isCloseTo(s.losses()[k], within(1e-6 * Math.abs(s.losses()[k])));
        assertThat(grad.values()[i]).isCloseTo(s.gradients().norms()[k], within(1e-6 * s.gradients().norms()[k]));
        assertThat(layer0.values()[i]).isCloseTo(s.gradients().layerNorms()[k][0], within(1e-6 * s.gradients().layerNorms()[k][0]));
      }
      Series validation = m.series(tasks.get(k), "validation", "loss");
      List<EpochRecord> published = pub.evaluations.stream().filter(e -> e.split().equals("validation")).toList();
      assertThat(validation.size()).isEqualTo(published.size()).isEqualTo(2);
      for (int e = 0; e < published.size(); e++) {
        assertThat(validation.steps()[e]).isEqualTo(published.get(e).step());
        double v = published.get(e).tasks().get(k).loss();
        assertThat(validation.values()[e]).isCloseTo(v, within(1e-6 * v));
      }
    }
    Series cos = m.conflict("y2", "y1");
    assertThat(cos.size()).isEqualTo(30);
    for (int i = 0; i < 30; i++) {
      assertThat(cos.values()[i]).isCloseTo(pub.steps.get(i).gradients().cosines()[0][1], within(1e-6));
    }

    MetricsLog replay = m.replay();
    assertThat(replay.size()).isEqualTo(30);
    assertThat(replay.evaluations()).extracting(EpochRecord::split).containsExactly("validation", "validation", "test");
    StepRecord last = pub.steps.get(29);
    assertThat(replay.value(MetricsLog.Series.LOSS, 1, 29)).isEqualTo((float) last.losses()[1]);
    assertThat(replay.value(MetricsLog.Series.WEIGHT, 0, 29)).isEqualTo((float) last.weights()[0]);
    assertThat(replay.learningRate(29)).isEqualTo((float) last.learningRate());
    assertThat(replay.cosine(0, 1, 29)).isEqualTo((float) last.gradients().cosines()[0][1]);
    assertThat(replay.evaluations().get(2).tasks().get(0).metrics().keySet())
        .isEqualTo(pub.evaluations.get(2).tasks().get(0).metrics().keySet());

    assertThat(ws.list()).singleElement().satisfies(e -> {
      assertThat(e.dir()).isEqualTo(dir);
      assertThat(e.status()).isEqualTo(StoredStatus.FINISHED);
      assertThat(e.steps()).isEqualTo(30);
      assertThat(e.finalMetrics().keySet()).containsExactly("y1", "y2");
    });
  }
}

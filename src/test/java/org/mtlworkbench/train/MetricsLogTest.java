package org.mtlworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.GradientSnapshot;

class MetricsLogTest {

  private static StepRecord record(int step) {
    double[][] cos = {{1, -0.5, 0.1 * (step % 7)}, {-0.5, 1, 0.2}, {0.1 * (step % 7), 0.2, 1}};
    GradientSnapshot g = step % 3 == 0 ? null : new GradientSnapshot(new double[] {step, 2 * step, 3 * step}, new double[][] {{1, 2}, {3, 4}, {5, step}}, cos);
    return new StepRecord(step, step / 100, 0.01, new double[] {step, -step, 0.5}, new double[] {1, 2, 3}, new double[] {1, 1, 1}, g, 0);
  }

  @Test
  void storesEverySeriesAcrossChunks() {
    MetricsLog log = new MetricsLog(List.of("a", "b", "c"), List.of("dense1", "dense2"));
    int n = FloatColumn.CHUNK * 2 + 17;
    for (int i = 0; i < n; i++) {
      log.onStep(record(i));
    }
    assertThat(log.size()).isEqualTo(n);
    assertThat(log.value(MetricsLog.Series.LOSS, 1, 9000)).isEqualTo(-9000f);
    assertThat(log.value(MetricsLog.Series.GRAD_NORM, 2, 9001)).isEqualTo(27003f);
    assertThat(log.value(MetricsLog.Series.GRAD_NORM, 2, 9000)).isNaN();
    assertThat(log.layerNorm(2, 1, 9001)).isEqualTo(9001f);
    assertThat(log.cosine(0, 1, 5)).isEqualTo(-0.5f);
    assertThat(log.cosine(2, 0, 5)).isEqualTo(0.5f, org.assertj.core.api.Assertions.within(1e-6f));
    assertThat(log.epoch(n - 1)).isEqualTo((n - 1) / 100);
    float[] dest = new float[FloatColumn.CHUNK + 10];
    log.copy(MetricsLog.Series.LOSS, 0, FloatColumn.CHUNK - 5, 2 * FloatColumn.CHUNK + 5, dest);
    for (int i = 0; i < dest.length; i++) {
      assertThat(dest[i]).isEqualTo((float) (FloatColumn.CHUNK - 5 + i));
    }
  }

  @Test
  void pairIndicesAreDistinctAndSymmetric() {
    MetricsLog log = new MetricsLog(List.of("a", "b", "c", "d"), List.of());
    assertThat(List.of(log.pairIndex(0, 1), log.pairIndex(0, 2), log.pairIndex(0, 3), log.pairIndex(1, 2), log.pairIndex(1, 3), log.pairIndex(2, 3)))
        .containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(log.pairIndex(3, 1)).isEqualTo(log.pairIndex(1, 3));
  }

  @Test
  void aConcurrentReaderOnlySeesCompleteSteps() throws Exception {
    MetricsLog log = new MetricsLog(List.of("a", "b", "c"), List.of("dense1", "dense2"));
    int n = 50_000;
    AtomicReference<String> problem = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      int seen = 0;
      while (seen < n && problem.get() == null) {
        int size = log.size();
        for (int i = seen; i < size; i++) {
          if (log.value(MetricsLog.Series.LOSS, 0, i) != i || log.value(MetricsLog.Series.WEIGHT, 2, i) != 3f) {
            problem.set("step " + i + " was visible before it was complete");
          }
        }
        seen = size;
      }
    });
    reader.start();
    for (int i = 0; i < n; i++) {
      log.onStep(record(i));
    }
    reader.join(30_000);
    assertThat(reader.isAlive()).isFalse();
    assertThat(problem.get()).isNull();
  }
}

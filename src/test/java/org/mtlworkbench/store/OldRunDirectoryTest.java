package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.train.LogFindings;
import org.mtlworkbench.train.MetricsLog;

/**
 * A run directory written before the lagged measures existed (no self_agreement or update_cosine
 * columns in metrics.csv, no lagged_cosine in conflicts.csv) still loads; its findings say the
 * measures are absent instead of guessing, and what can be computed still is.
 */
class OldRunDirectoryTest {
  @TempDir Path dir;

  @Test
  void anOldRunLoadsAndItsFindingsSayTheLaggedMeasuresAreAbsent() throws Exception {
    StringBuilder metrics = new StringBuilder(
        "step,epoch,task,split,loss,weight,grad_norm,loss_ratio,learning_rate,grad_norm_dense1,mse,mae,r2,accuracy,macro_f1\n");
    StringBuilder conflicts = new StringBuilder("step,task_a,task_b,cosine\n");
    for (int s = 0; s < 150; s++) {
      metrics.append(s).append(",0,a,train,0.5,1,").append(1 + 0.01 * (s % 7)).append(",1,0.001,1,,,,,\n");
      metrics.append(s).append(",0,b,train,0.5,1,").append(40 + 0.1 * (s % 5)).append(",1,0.001,40,,,,,\n");
      conflicts.append(s).append(",a,b,").append(s % 3 == 0 ? "0.1" : "-0.05").append('\n');
    }
    Files.writeString(dir.resolve("metrics.csv"), metrics);
    Files.writeString(dir.resolve("conflicts.csv"), conflicts);

    MetricsLog log = RunMetrics.read(dir).replay();
    assertThat(log.size()).isEqualTo(150);
    assertThat(log.value(MetricsLog.Series.SELF_AGREEMENT, 0, 10)).isNaN();
    assertThat(log.laggedCosine(0, 1, 10)).isNaN();
    assertThat(log.cosine(0, 1, 10)).isEqualTo(-0.05f);

    List<Finding> found = LogFindings.gradients(log, FindingSettings.DEFAULTS);
    assertThat(found).extracting(Finding::kind).containsExactly(Finding.IMBALANCE, Finding.GRADIENT_NOTE);
    assertThat(found.get(0).sentence()).startsWith("task 'b' dominates the shared layers: its gradient is 39× that of 'a' (39×–39×)");
    assertThat(found.get(1).sentence()).startsWith("this run has no lagged gradient measures (it was recorded before they existed)");
    assertThat(found).allSatisfy(f -> assertThat(f.sentence()).doesNotContain("NaN"));
    GradientSummary summary = GradientSummary.of(LogFindings.window(log, Integer.MAX_VALUE), FindingSettings.DEFAULTS);
    assertThat(summary.lagged()).isFalse();
    assertThat(summary.conflictCaption()).startsWith("This run has no lagged measures");
  }
}

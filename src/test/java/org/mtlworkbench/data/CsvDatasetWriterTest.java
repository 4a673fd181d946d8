package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetWriterTest {
  @TempDir Path dir;

  @Test
  void compactNumbersKeepSignificantDigits() {
    assertThat(CompactNumbers.format(0f, 6)).isEqualTo("0");
    assertThat(CompactNumbers.format(-0f, 6)).isEqualTo("0");
    assertThat(CompactNumbers.format(1.5f, 6)).isEqualTo("1.5");
    assertThat(CompactNumbers.format(100f, 6)).isEqualTo("100");
    assertThat(CompactNumbers.format(0.123456789f, 6)).isEqualTo("0.123457");
    assertThat(CompactNumbers.format(-1.2345678f, 6)).isEqualTo("-1.23457");
    assertThat(CompactNumbers.format(123456789f, 6)).isEqualTo("1.23457E+8");
    assertThat(CompactNumbers.format(0.0000123456f, 3)).isEqualTo("0.0000123");
    assertThat(CompactNumbers.format(1.5e-7f, 6)).isEqualTo("1.5E-7");
    assertThat(CompactNumbers.format(Float.NaN, 6)).isEmpty();
  }

  @Test
  void writesHeaderRowsClassNamesAndEmptyCellsForMissingLabels() throws IOException {
    Dataset d = new Dataset("t", List.of("a", "b"), new float[] {1, 0.25f, -3, 1e-9f}, 2, List.of(
        new TargetColumn("y", TaskType.REGRESSION, new float[] {Float.NaN, 2.5f}, List.of()),
        new TargetColumn("k", TaskType.BINARY, new float[] {1, 0}, List.of("no", "yes"))));
    StringWriter w = new StringWriter();
    CsvDatasetWriter.write(d, w, 6);
    assertThat(w.toString()).isEqualTo("a,b,y,k\n1,0.25,,yes\n-3,1E-9,2.5,no\n");
  }

  @Test
  void roundTripsThroughTheLoader() throws IOException {
    Dataset d = new CorrelatedRegressionGenerator(4, 2, 0.5, 1).generate(30);
    Path p = dir.resolve("g.csv");
    CsvDatasetWriter.write(d, p, 6);
    Dataset back = CsvDatasetLoader.load(p, CsvOptions.targets("y1", "y2"));
    assertThat(back.featureNames()).isEqualTo(d.featureNames());
    assertThat(back.rows()).isEqualTo(30);
    for (int i = 0; i < d.features().length; i++) {
      float v = d.features()[i];
      // six significant digits: relative error at most 5e-6
      assertThat(back.features()[i]).isCloseTo(v, org.assertj.core.api.Assertions.within(
          Math.abs(v) * 5e-6f + 1e-30f));
    }
    assertThat(back.target("y2").type()).isEqualTo(TaskType.REGRESSION);
  }
}

package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;

class DataPreparerTest {
  @TempDir Path dir;

  /** 20 rows: a = i, b = 2i + 1, y = i/10 (unlabelled when i mod 5 = 4), k = "even"/"odd". */
  private Path writeCsv() throws IOException {
    StringBuilder s = new StringBuilder("a,b,y,k\n");
    for (int i = 0; i < 20; i++) {
      s.append(i).append(',').append(2 * i + 1).append(',')
          .append(i % 5 == 4 ? "" : String.valueOf(i / 10.0)).append(',')
          .append(i % 2 == 0 ? "even" : "odd").append('\n');
    }
    Path sub = Files.createDirectories(dir.resolve("data"));
    return Files.writeString(sub.resolve("rows.csv"), s.toString());
  }

  @Test
  void relativeCsvIsResolvedAgainstTheExperimentFolder() throws IOException {
    writeCsv();
    PreparedData p = DataPreparer.load(
        new DataSpec("data/rows.csv", null, null, null, new SplitSpec(0.5, 0.25, 0.25), false),
        dir, List.of(TargetRequest.of("k"), TargetRequest.of("y")), 3);
    assertThat(p.train().rows()).isEqualTo(10);
    assertThat(p.validation().rows()).isEqualTo(5);
    assertThat(p.test().rows()).isEqualTo(5);
    assertThat(p.train().featureNames()).containsExactly("a", "b");
    assertThat(p.train().targets()).extracting(TargetColumn::name).containsExactly("k", "y");
    assertThat(p.train().target("k").type()).isEqualTo(TaskType.BINARY);
    assertThat(p.standardization()).isEmpty();
    // not standardised: b = 2a + 1 still holds row by row
    for (int r = 0; r < 10; r++) {
      assertThat(p.train().feature(r, 1)).isEqualTo(2 * p.train().feature(r, 0) + 1);
    }
    DataSummary s = p.summary();
    assertThat(s.rows()).isEqualTo(20);
    assertThat(s.features()).isEqualTo(2);
    // y is labelled on 16 of 20 rows, whatever the split
    DataSummary.Target y = s.targets().get(1);
    assertThat(y.trainLabels() + y.validationLabels() + y.testLabels()).isEqualTo(16);
    assertThat(s.describe()).startsWith("rows.csv: 20 rows (train 10, validation 5, test 5), 2 features")
        .contains("k: binary (2 classes), labels train 10");
  }

  @Test
  void standardisesWithTrainStatisticsAndAppliesBudgets() throws IOException {
    Path csv = writeCsv();
    PreparedData p = DataPreparer.load(
        new DataSpec(csv.toString(), null, null, null, new SplitSpec(0.5, 0.25, 0.25), true),
        Path.of("/nonexistent"), // ignored: the path is absolute
        List.of(new TargetRequest("y", null, 3), new TargetRequest("k", TaskType.MULTICLASS, null)),
        3);
    Dataset train = p.train();
    // training features have mean 0 and population std 1
    for (int j = 0; j < 2; j++) {
      double sum = 0;
      double sq = 0;
      for (int r = 0; r < train.rows(); r++) {
        sum += train.feature(r, j);
        sq += train.feature(r, j) * train.feature(r, j);
      }
      assertThat(sum / train.rows()).isCloseTo(0, within(1e-6));
      assertThat(sq / train.rows()).isCloseTo(1, within(1e-5));
    }
    // validation used the training μ, σ: the original a = v·σ + μ must be an integer row id
    double mu = p.standardizer().mean()[0];
    double sigma = p.standardizer().std()[0];
    int expectedValidationLabels = 0;
    for (int r = 0; r < p.validation().rows(); r++) {
      double a = p.validation().feature(r, 0) * sigma + mu;
      assertThat(a).isCloseTo(Math.rint(a), within(1e-4));
      expectedValidationLabels += Math.rint(a) % 5 == 4 ? 0 : 1;
    }
    assertThat(train.target("y").labelledCount()).isEqualTo(3);
    assertThat(p.validation().target("y").labelledCount()).as("the budget applies to train only")
        .isEqualTo(expectedValidationLabels);
    assertThat(train.target("k").type()).isEqualTo(TaskType.MULTICLASS);
    assertThat(p.summary().targets().get(0).trainLabels()).isEqualTo(3);
  }

  @Test
  void splitDependsOnTheSeed() throws IOException {
    writeCsv();
    DataSpec spec = new DataSpec("data/rows.csv", null, List.of("a", "b"), null, null, false);
    List<TargetRequest> t = List.of(TargetRequest.of("y"));
    Dataset a = DataPreparer.load(spec, dir, t, 1).train();
    Dataset b = DataPreparer.load(spec, dir, t, 1).train();
    Dataset c = DataPreparer.load(spec, dir, t, 2).train();
    assertThat(b.features()).isEqualTo(a.features());
    assertThat(c.features()).isNotEqualTo(a.features());
  }

  @Test
  void generatedDataKeepsRequestedTargetsInRequestOrder() {
    DataSpec spec = DataSpec.ofGenerator(new CorrelatedRegressionSpec(200, 6, 3, 0.4, 5L));
    PreparedData p = DataPreparer.load(spec, null, List.of(TargetRequest.of("y3"),
        TargetRequest.of("y1")), 1);
    assertThat(p.train().targets()).extracting(TargetColumn::name).containsExactly("y3", "y1");
    assertThat(p.train().featureNames()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6");
    assertThat(p.train().rows() + p.validation().rows() + p.test().rows()).isEqualTo(200);
    assertThat(p.summary().source()).startsWith("correlated-regression");
  }

  @Test
  void errorsNameTheField() throws IOException {
    DataSpec gen = DataSpec.ofGenerator(new CorrelatedRegressionSpec(100, 5, 2, 0.5, 1L));
    assertThatThrownBy(() -> DataPreparer.load(gen, null, List.of(TargetRequest.of("y9")), 1))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks: the correlated-regression generator makes targets y1, y2;"
            + " there is no 'y9'");
    assertThatThrownBy(() -> DataPreparer.load(gen, null,
            List.of(new TargetRequest("y1", TaskType.BINARY, null)), 1))
        .hasMessage("tasks: target 'y1' is generated as regression and cannot be binary");
    DataSpec bad = DataSpec.ofGenerator(new CorrelatedRegressionSpec(100, 5, 3, -0.9, 1L));
    assertThatThrownBy(() -> DataPreparer.load(bad, null, List.of(TargetRequest.of("y1")), 1))
        .hasMessageStartingWith("data.generator.correlation: 3 tasks cannot all have");
    assertThatThrownBy(() -> DataPreparer.load(gen, null, List.of(), 1))
        .hasMessage("tasks: name at least one target");
    assertThatThrownBy(() -> DataPreparer.load(gen, null,
            List.of(TargetRequest.of("y1"), TargetRequest.of("y1")), 1))
        .hasMessage("tasks: target 'y1' is requested twice");
    assertThatThrownBy(() -> DataPreparer.load(DataSpec.ofCsv("missing.csv"), dir,
            List.of(TargetRequest.of("y")), 1))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("missing.csv: no such file");
    writeCsv();
    assertThatThrownBy(() -> DataPreparer.load(DataSpec.ofCsv("data/rows.csv"), dir,
            List.of(new TargetRequest("y", null, -2), TargetRequest.of("k")), 1))
        .hasMessage("target 'y': labelBudget must be 0 or more, got -2");
  }
}

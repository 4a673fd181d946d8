package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.data.TaskType;

class DatasetInspectorTest {
  @TempDir Path dir;

  @Test
  void theTargetsOfASampleAreItsTasksWithTypeAndLabels() {
    var spec = Drafts.spec(Drafts.IMBALANCED);
    DatasetInfo info = DatasetInspector.inspect(spec.data(), Drafts.IMBALANCED.getParent(), List.of("y1", "y2", "y3"));

    assertThat(info.rows()).isEqualTo(6000);
    assertThat(info.featureNames()).hasSize(50);
    assertThat(info.targets()).extracting(TargetInfo::name).containsExactly("y1", "y2", "y3");
    assertThat(info.targets()).allSatisfy(t -> {
      assertThat(t.type()).isEqualTo(TaskType.REGRESSION);
      assertThat(t.labelled()).isEqualTo(6000);
    });
  }

  @Test
  void withListedFeaturesEveryOtherColumnIsATargetEvenWithoutATask() throws Exception {
    Path csv = dir.resolve("d.csv");
    Files.writeString(csv, "a,b,kind,score\n1,2,cat,0.5\n3,4,dog,\n5,6,cat,1.5\n");
    DataSpec data = new DataSpec("d.csv", null, List.of("a", "b"), null, null, null);

    DatasetInfo info = DatasetInspector.inspect(data, dir, List.of());

    assertThat(info.targets()).containsExactly(
        TargetInfo.detected("kind", TaskType.BINARY, 3, 2), TargetInfo.detected("score", TaskType.REGRESSION, 2, 0));
  }

  @Test
  void aMissingFileIsAOneLineInputError() {
    assertThatThrownBy(() -> DatasetInspector.inspect(DataSpec.ofCsv("nope.csv"), dir, List.of("y")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("nope.csv: no such file");
  }
}

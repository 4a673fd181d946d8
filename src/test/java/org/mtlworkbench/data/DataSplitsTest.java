package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

class DataSplitsTest {

  @Test
  void sizesFollowTheFractions() {
    DataSplits s = DataSplits.split(TestData.indexed(1000), 0.7, 0.2, 0.1, 3);
    assertThat(s.train().rows()).isEqualTo(700);
    assertThat(s.validation().rows()).isEqualTo(200);
    assertThat(s.test().rows()).isEqualTo(100);
    // 10 rows: round(8.0) = 8 train, round(1.0) = 1 validation, the remaining 1 test
    DataSplits t = DataSplits.split(TestData.indexed(10), 0.8, 0.1, 0.1, 3);
    assertThat(new int[] {t.train().rows(), t.validation().rows(), t.test().rows()})
        .containsExactly(8, 1, 1);
    // 7 rows: round(4.9) = 5 train, round(1.05) = 1 validation, the remaining 1 test
    DataSplits u = DataSplits.split(TestData.indexed(7), 0.7, 0.15, 0.15, 3);
    assertThat(new int[] {u.train().rows(), u.validation().rows(), u.test().rows()})
        .containsExactly(5, 1, 1);
  }

  @Test
  void splitsAreDisjointAndCoverEveryRow() {
    DataSplits s = DataSplits.split(TestData.indexed(101), 0.6, 0.25, 0.15, 42);
    Set<Integer> seen = new HashSet<>();
    for (Dataset d : new Dataset[] {s.train(), s.validation(), s.test()}) {
      for (int id : TestData.rowIds(d)) {
        assertThat(seen.add(id)).as("row %d in two splits", id).isTrue();
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(
        IntStream.range(0, 101).boxed().toList());
  }

  @Test
  void targetsTravelWithTheirRows() {
    DataSplits s = DataSplits.split(TestData.indexed(50), 0.8, 0.2, 0, 9);
    Dataset train = s.train();
    for (int r = 0; r < train.rows(); r++) {
      int id = (int) train.feature(r, 0);
      assertThat(train.feature(r, 1)).isEqualTo(10f * id);
      assertThat(train.target("y").values()[r]).isEqualTo((float) id);
    }
    assertThat(s.test().rows()).isZero();
  }

  @Test
  void sameSeedSameSplitOtherSeedOtherSplit() {
    Dataset d = TestData.indexed(200);
    int[] a = TestData.rowIds(DataSplits.split(d, 0.8, 0.1, 0.1, 5).train());
    int[] b = TestData.rowIds(DataSplits.split(d, 0.8, 0.1, 0.1, 5).train());
    int[] c = TestData.rowIds(DataSplits.split(d, 0.8, 0.1, 0.1, 6).train());
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    // shuffled, not the first 160 rows in file order
    assertThat(a).isNotEqualTo(IntStream.range(0, 160).toArray());
  }

  @Test
  void invalidFractionsAreErrors() {
    Dataset d = TestData.indexed(10);
    assertThatThrownBy(() -> DataSplits.split(d, 0.8, 0.1, 0.2, 1))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("data.split: train + validation + test must be 1, got 0.8 + 0.1 + 0.2");
    assertThatThrownBy(() -> DataSplits.split(d, 1.2, -0.1, -0.1, 1))
        .hasMessage("data.split.train: must be between 0 and 1, got 1.2");
    assertThatThrownBy(() -> DataSplits.split(d, 0, 0.5, 0.5, 1))
        .hasMessage("data.split.train: must be above 0, got 0.0");
    assertThatThrownBy(() -> DataSplits.split(d, Double.NaN, 0.5, 0.5, 1))
        .hasMessage("data.split.train: must be between 0 and 1, got NaN");
  }

  @Test
  void tooSmall() {
    // 3 rows: round(0.8·3) = 2 train, round(0.1·3) = 0 validation although its fraction is 0.1
    assertThatThrownBy(() -> DataSplits.split(TestData.indexed(3), 0.8, 0.1, 0.1, 1))
        .isInstanceOf(InputException.class)
        .hasMessage("data.split.validation: 0.1 of 3 rows is not a single row; the dataset is too"
            + " small for this split");
  }
}

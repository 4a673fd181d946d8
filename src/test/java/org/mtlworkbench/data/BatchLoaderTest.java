package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.buffer.DataType;

class BatchLoaderTest {

  private static List<Batch> all(Iterable<Batch> epoch) {
    List<Batch> out = new ArrayList<>();
    epoch.forEach(out::add);
    return out;
  }

  /** Row ids (feature 0 of {@link TestData#indexed}) in the order the epoch delivers them. */
  private static List<Integer> order(Iterable<Batch> epoch) {
    List<Integer> ids = new ArrayList<>();
    for (Batch b : epoch) {
      for (int i = 0; i < b.size(); i++) {
        ids.add(b.features().getInt(i, 0));
      }
    }
    return ids;
  }

  @Test
  void lastPartialBatchIsKept() {
    BatchLoader l = new BatchLoader(TestData.indexed(10), List.of("y"), 4, DataType.FLOAT);
    assertThat(l.batchesPerEpoch()).isEqualTo(3);
    List<Batch> batches = all(l.epoch(1, 0, true));
    assertThat(batches).extracting(Batch::size).containsExactly(4, 4, 2);
    assertThat(batches.get(2).features().shape()).containsExactly(2, 2);
    assertThat(new BatchLoader(TestData.indexed(8), List.of("y"), 4, DataType.FLOAT)
        .batchesPerEpoch()).isEqualTo(2);
  }

  @Test
  void withoutShuffleRowsComeInDatasetOrder() {
    BatchLoader l = new BatchLoader(TestData.indexed(7), List.of("y"), 3, DataType.FLOAT);
    assertThat(order(l.epoch(1, 0, false))).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void orderIsDeterministicInSeedAndEpoch() {
    BatchLoader l = new BatchLoader(TestData.indexed(50), List.of("y"), 8, DataType.FLOAT);
    List<Integer> a = order(l.epoch(7, 3, true));
    Iterable<Batch> replay = l.epoch(7, 3, true);
    assertThat(order(replay)).isEqualTo(a);
    assertThat(order(replay)).as("iterating twice replays").isEqualTo(a);
    assertThat(order(new BatchLoader(TestData.indexed(50), List.of("y"), 8, DataType.FLOAT)
        .epoch(7, 3, true))).as("a new loader replays").isEqualTo(a);
    assertThat(order(l.epoch(7, 4, true))).isNotEqualTo(a);
    assertThat(order(l.epoch(8, 3, true))).isNotEqualTo(a);
    assertThat(a).containsExactlyInAnyOrderElementsOf(order(l.epoch(7, 3, false)));
  }

  @Test
  void targetsAreNanFreeWithMasksAndCounts() {
    // "c" is labelled on even rows with class (i/2) mod 2: rows 0..5 → 0, -, 1, -, 0, -
    BatchLoader l = new BatchLoader(TestData.indexed(6), List.of("c", "y"), 6, DataType.FLOAT);
    Batch b = all(l.epoch(1, 0, false)).get(0);
    assertThat(b.targets()[0].toFloatVector()).containsExactly(0, 0, 1, 0, 0, 0);
    assertThat(b.masks()[0].toFloatVector()).containsExactly(1, 0, 1, 0, 1, 0);
    assertThat(b.labelled()).containsExactly(3, 6);
    assertThat(b.targets()[1].toFloatVector()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(b.masks()[1].toFloatVector()).containsExactly(1, 1, 1, 1, 1, 1);
    assertThat(b.targets()[0].shape()).containsExactly(6, 1);
    assertThat(b.features().reshape(12).toFloatVector()).containsExactly(0, 0, 1, 10, 2, 20, 3, 30, 4, 40, 5, 50);
  }

  @Test
  void shuffledBatchesKeepRowsAndLabelsTogether() {
    BatchLoader l = new BatchLoader(TestData.indexed(30), List.of("c", "y"), 7, DataType.FLOAT);
    for (Batch b : l.epoch(11, 2, true)) {
      int labelled = 0;
      for (int i = 0; i < b.size(); i++) {
        int id = b.features().getInt(i, 0);
        assertThat(b.features().getFloat(i, 1)).isEqualTo(10f * id);
        assertThat(b.targets()[1].getFloat(i, 0)).isEqualTo((float) id);
        boolean even = id % 2 == 0;
        assertThat(b.masks()[0].getFloat(i, 0)).isEqualTo(even ? 1f : 0f);
        assertThat(b.targets()[0].getFloat(i, 0)).isEqualTo(even ? (id / 2) % 2 : 0f);
        labelled += even ? 1 : 0;
      }
      assertThat(b.labelled()[0]).isEqualTo(labelled);
    }
  }

  @Test
  void doubleBatches() {
    BatchLoader l = new BatchLoader(TestData.indexed(3), List.of("c"), 3, DataType.DOUBLE);
    Batch b = all(l.epoch(1, 0, false)).get(0);
    assertThat(b.features().dataType()).isEqualTo(DataType.DOUBLE);
    assertThat(b.targets()[0].dataType()).isEqualTo(DataType.DOUBLE);
    assertThat(b.masks()[0].dataType()).isEqualTo(DataType.DOUBLE);
    assertThat(b.features().reshape(6).toDoubleVector()).containsExactly(0, 0, 1, 10, 2, 20);
    assertThat(b.masks()[0].toDoubleVector()).containsExactly(1, 0, 1);
  }

  /** Each batch as plain numbers, read before the next batch is drawn. */
  private static List<String> snapshot(Iterable<Batch> epoch) {
    List<String> out = new ArrayList<>();
    for (Batch b : epoch) {
      StringBuilder s = new StringBuilder(b.size() + ":" + b.features().dataType() + ":"
          + java.util.Arrays.toString(b.features().data().asDouble()));
      for (int t = 0; t < b.targets().length; t++) {
        s.append('|').append(java.util.Arrays.toString(b.targets()[t].data().asDouble()))
            .append('|').append(java.util.Arrays.toString(b.masks()[t].data().asDouble()))
            .append('|').append(b.labelled()[t]);
      }
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void reusingArraysGivesTheSameBatchesValueForValue() {
    for (DataType t : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      BatchLoader l = new BatchLoader(TestData.indexed(11), List.of("y", "c"), 4, t);
      for (boolean shuffle : new boolean[] {true, false}) {
        List<String> fresh = snapshot(l.epoch(3, 2, shuffle));

        assertThat(snapshot(l.epochReusingArrays(3, 2, shuffle))).as("%s shuffle=%s", t, shuffle)
            .hasSize(3).isEqualTo(fresh);
      }
    }
  }

  @Test
  void reusingArraysRefillsOneSetForFullBatchesAndOneForTheLast() {
    BatchLoader l = new BatchLoader(TestData.indexed(10), List.of("y"), 4, DataType.FLOAT);
    List<Batch> reused = all(l.epochReusingArrays(1, 0, true));
    List<Batch> fresh = all(l.epoch(1, 0, true));

    assertThat(reused.get(1).features()).isSameAs(reused.get(0).features());
    assertThat(reused.get(1).targets()[0]).isSameAs(reused.get(0).targets()[0]);
    assertThat(reused.get(2).features()).isNotSameAs(reused.get(0).features());
    assertThat(reused.get(2).features().shape()).containsExactly(2, 2);
    assertThat(fresh.get(1).features()).isNotSameAs(fresh.get(0).features());
  }

  @Test
  void badArgumentsAreErrors() {
    Dataset d = TestData.indexed(3);
    assertThatThrownBy(() -> new BatchLoader(d, List.of("y"), 0, DataType.FLOAT))
        .isInstanceOf(InputException.class)
        .hasMessage("batchSize: must be 1 or more, got 0");
    assertThatThrownBy(() -> new BatchLoader(d, List.of("q"), 2, DataType.FLOAT))
        .isInstanceOf(InputException.class)
        .hasMessage("no target named 'q' in indexed");
  }
}

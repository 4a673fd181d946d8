package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.store.Series;

/** Block means worked out by hand: where the blocks are cut, what each holds, NaN left out. */
class BlockMeansTest {
  private static Series steps0to9(double... values) {
    return new Series(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, values);
  }

  @Test
  void theBlockLengthIsTheSpanOverThePointsRoundedUp() {
    assertThat(BlockMeans.blockLength(399, 400)).isEqualTo(1); // 400 steps fit
    assertThat(BlockMeans.blockLength(400, 400)).isEqualTo(2); // 401 do not
    assertThat(BlockMeans.blockLength(9, 4)).isEqualTo(3); // ⌈10 / 4⌉
    assertThat(BlockMeans.blockLength(0, 1)).isEqualTo(1);
    assertThatThrownBy(() -> BlockMeans.blockLength(9, 0)).hasMessageContaining("maxPoints must be 1 or more, got 0");
  }

  @Test
  void tenStepsOnFourPointsAreBlocksOfThreeAtTheirLastStep() {
    // k = 3: {0,1,2} {3,4,5} {6,7,8} {9}
    Series out = BlockMeans.of(steps0to9(4, 2, 9, 1, 1, 1, 10, 20, 30, 7), 4);
    assertThat(out.steps()).containsExactly(2, 5, 8, 9);
    assertThat(out.values()).containsExactly(5, 1, 20, 7);
  }

  @Test
  void nanValuesAreLeftOutAndABlockWithoutAValueIsDropped() {
    double nan = Double.NaN;
    Series out = BlockMeans.of(steps0to9(4, nan, 8, nan, nan, nan, 1, 2, nan, 5), 4);
    // {4, 8} → 6 at step 2; {3,4,5} all NaN: dropped; {1, 2} → 1.5 at step 8 (its last step, NaN or not); {5}
    assertThat(out.steps()).containsExactly(2, 8, 9);
    assertThat(out.values()).containsExactly(6, 1.5, 5);
  }

  @Test
  void twoSeedsWithTheSameStepsAreCutAlike() {
    Series a = BlockMeans.of(steps0to9(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 3);
    Series b = BlockMeans.of(steps0to9(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), 3);
    assertThat(a.steps()).containsExactly(b.steps()).containsExactly(3, 7, 9); // k = 4: {0..3} {4..7} {8,9}
  }

  @Test
  void evenlySpacedEvaluationsAreCutOnTheirSteps() {
    // validation rows every 50 steps up to 449: a span of 450 steps on 4 points, k = ⌈112.5⌉ = 113:
    // blocks [0,113) [113,226) [226,339) [339,452)
    long[] steps = {49, 99, 149, 199, 249, 299, 349, 399, 449};
    double[] values = {9, 8, 7, 6, 5, 4, 3, 2, 1};
    Series out = BlockMeans.of(new Series(steps, values), 4);
    assertThat(out.steps()).containsExactly(99, 199, 299, 449);
    assertThat(out.values()).containsExactly(8.5, 6.5, 4.5, 2);
  }

  @Test
  void aCurveThatFitsIsKeptAsItIs() {
    Series s = steps0to9(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(BlockMeans.of(s, 10)).isSameAs(s);
    Series empty = new Series(new long[0], new double[0]);
    assertThat(BlockMeans.of(empty, 3)).isSameAs(empty);
  }
}

package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.MultiFashionGenerator.Pairing;
import org.mtlworkbench.data.OverlayComposer.Resampling;

class MultiFashionGeneratorTest {
  private static final int PIXELS = 28 * 28;

  /** n constant images: item i has every pixel 10·(i+1) and label i mod 10. */
  static FashionMnistFiles.Items constantItems(int n) {
    byte[] pixels = new byte[n * PIXELS];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      Arrays.fill(pixels, i * PIXELS, (i + 1) * PIXELS, (byte) (10 * (i + 1)));
      labels[i] = (byte) (i % 10);
    }
    return new FashionMnistFiles.Items(new IdxArray(new int[] {n, 28, 28}, pixels), labels);
  }

  @Test
  void disjointPairsUseEveryItemOnceAndLabelsFollowTheItems() {
    int n = 12;
    Dataset d = new MultiFashionGenerator(Pairing.DISJOINT, Resampling.NEAREST, 5).generate(constantItems(n), 0, "t");
    assertThat(d.rows()).isEqualTo(6);
    assertThat(d.featureCount()).isEqualTo(PIXELS);
    Set<Integer> seen = new HashSet<>();
    for (int r = 0; r < d.rows(); r++) {
      // out(0,0) = canvas(0,0) = first item; out(26,26) = canvas(34,34) = 0; out(25,25) = canvas(32,32) = second.
      int first = Math.round(d.feature(r, 0) * 255 / 10) - 1;
      int second = Math.round(d.feature(r, 25 * 28 + 25) * 255 / 10) - 1;
      assertThat(d.feature(r, 26 * 28 + 26)).isZero();
      assertThat(first).isNotEqualTo(second);
      // in the overlap the brighter of the two (the larger index) shows
      assertThat(d.feature(r, 5 * 28 + 5)).isCloseTo(10f * (Math.max(first, second) + 1) / 255, within(1e-6f));
      assertThat(d.target("left").values()[r]).isEqualTo(first % 10);
      assertThat(d.target("right").values()[r]).isEqualTo(second % 10);
      assertThat(seen.add(first)).isTrue();
      assertThat(seen.add(second)).isTrue();
    }
    assertThat(d.target("left").classNames()).hasSize(10).startsWith("T-shirt/top");
    assertThat(d.target("left").type()).isEqualTo(TaskType.MULTICLASS);
  }

  @Test
  void randomPairingPutsEachItemFirstOnceWithAnotherItemSecond() {
    int n = 9;
    MultiFashionGenerator g = new MultiFashionGenerator(Pairing.RANDOM, Resampling.NEAREST, 3);
    int[][] pairs = g.pairs(n, n);
    Set<Integer> firsts = new HashSet<>();
    for (int[] p : pairs) {
      assertThat(p[1]).isNotEqualTo(p[0]).isBetween(0, n - 1);
      firsts.add(p[0]);
    }
    assertThat(firsts).hasSize(n);
    assertThat(g.pairs(n, n)).isDeepEqualTo(pairs);
    assertThat(Arrays.deepEquals(new MultiFashionGenerator(Pairing.RANDOM, Resampling.NEAREST, 4).pairs(n, n), pairs)).isFalse();
  }

  @Test
  void rowsCapsTheRowsAndSameSeedGivesSameData() {
    FashionMnistFiles.Items items = constantItems(20);
    MultiFashionGenerator g = new MultiFashionGenerator(Pairing.DISJOINT, Resampling.AREA, 9);
    Dataset a = g.generate(items, 4, "a");
    Dataset b = g.generate(items, 4, "b");
    assertThat(a.rows()).isEqualTo(4);
    assertThat(a.features()).containsExactly(b.features());
    assertThat(g.generate(items, 100, "c").rows()).isEqualTo(10);
  }

  @Test
  void tooFewItemsIsAnInputError() {
    assertThatThrownBy(() -> new MultiFashionGenerator(Pairing.DISJOINT, Resampling.AREA, 1)
            .generate(constantItems(1), 0, "x"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("at least 2 images");
  }
}

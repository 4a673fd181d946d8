package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.OverlayComposer.Resampling;

class OverlayComposerTest {
  private static final int N = 28;

  /**
   * Nearest: output index i reads canvas index ⌊(2i+1)·9/14⌋, by hand: 0→0, 1→1, 2→3, 3→4, 4→5,
   * 5→7, 20→26, 21→27, 25→32, 26→34, 27→35. Canvas rows/columns 2, 6, ..., 33 are never read.
   */
  @Test
  void nearestReadsTheCanvasPixelUnderEachOutputCentre() {
    assertThat(new int[] {
          OverlayComposer.nearest(0), OverlayComposer.nearest(1), OverlayComposer.nearest(2),
          OverlayComposer.nearest(3), OverlayComposer.nearest(4), OverlayComposer.nearest(5),
          OverlayComposer.nearest(20), OverlayComposer.nearest(21), OverlayComposer.nearest(25),
          OverlayComposer.nearest(26), OverlayComposer.nearest(27)})
        .containsExactly(0, 1, 3, 4, 5, 7, 26, 27, 32, 34, 35);
  }

  /**
   * first(0,0)=100 → canvas(0,0) → out(0,0). first(27,27)=50 and second(21,21)=30 share canvas
   * (27,27) → max 50 → out(21,21). second(1,1)=200 → canvas(7,7) → out(5,5). second(27,27)=80 →
   * canvas(33,33), a row nobody reads → invisible. Everything else is 0.
   */
  @Test
  void nearestPlacesBothItemsAndTakesTheMaximumWhereTheyOverlap() {
    float[] first = new float[N * N];
    float[] second = new float[N * N];
    first[0] = 100;
    first[27 * N + 27] = 50;
    second[21 * N + 21] = 30;
    second[N + 1] = 200;
    second[27 * N + 27] = 80;
    float[] out = new float[3 + N * N];
    new OverlayComposer(Resampling.NEAREST).compose(first, second, 0.5f, out, 3);
    float[] expected = new float[3 + N * N];
    expected[3] = 50;
    expected[3 + 21 * N + 21] = 25;
    expected[3 + 5 * N + 5] = 100;
    assertThat(out).containsExactly(expected);
  }

  /** Constant items 10 (first) and 20 (second): the overlap [6, 28)² shows 20. */
  @Test
  void nearestOnConstantItems() {
    float[] first = filled(10);
    float[] second = filled(20);
    float[] out = new float[N * N];
    new OverlayComposer(Resampling.NEAREST).compose(first, second, 1f, out, 0);
    assertThat(out[0]).isEqualTo(10); // canvas (0,0): first only
    assertThat(out[4 * N + 5]).isEqualTo(10); // canvas (5,7): row 5 is above the second item
    assertThat(out[5 * N + 5]).isEqualTo(20); // canvas (7,7): overlap, max(10, 20)
    assertThat(out[25 * N + 5]).isEqualTo(20); // canvas (32,7): second only
    assertThat(out[26 * N + 26]).isEqualTo(0); // canvas (34,34): empty margin
    assertThat(out[0 * N + 26]).isEqualTo(0); // canvas (0,34): right of the first, above the second
  }

  /**
   * Area, first item all 1, second all 0: output cell i covers canvas [36i/28, 36(i+1)/28). Cell
   * 20 = [25.71, 27) lies inside the first item → 1; cell 21 = [27, 28.29) is 1/(9/7) = 7/9
   * inside; cell 22 = [28.29, 29.57) is outside → 0. So out(20,20) = 1, out(21,0) = 7/9,
   * out(21,21) = 49/81, out(22,0) = 0; and the total is 784 · (28/36)² = 784 · 49/81 (a box
   * filter keeps the mass, scaled by the area ratio).
   */
  @Test
  void areaAveragesOverTheCoveredCanvasSquare() {
    float[] out = new float[N * N];
    new OverlayComposer(Resampling.AREA).compose(filled(1), filled(0), 1f, out, 0);
    assertThat(out[20 * N + 20]).isCloseTo(1f, within(1e-6f));
    assertThat(out[21 * N]).isCloseTo(7f / 9, within(1e-6f));
    assertThat(out[21 * N + 21]).isCloseTo(49f / 81, within(1e-6f));
    assertThat(out[22 * N]).isEqualTo(0f);
    double total = 0;
    for (float v : out) {
      total += v;
    }
    assertThat(total).isCloseTo(784.0 * 49 / 81, within(1e-3));
  }

  /** A single canvas pixel (0,0) = 81 covers 28/36 of output cell 0 in each direction: 81·(7/9)² = 49. */
  @Test
  void areaSpreadsASinglePixelByItsShare() {
    float[] first = new float[N * N];
    first[0] = 81;
    float[] out = new float[N * N];
    new OverlayComposer(Resampling.AREA).compose(first, new float[N * N], 1f, out, 0);
    assertThat(out[0]).isCloseTo(49f, within(1e-4f));
    assertThat(Arrays.copyOfRange(out, 1, out.length)).containsOnly(0f);
  }

  private static float[] filled(float v) {
    float[] a = new float[N * N];
    Arrays.fill(a, v);
    return a;
  }
}

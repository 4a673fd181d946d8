package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The run-based patch matrix against its definition written out element by element, and its
 * scatter-add against the adjoint identity {@code ⟨gather(x), G⟩ = ⟨x, scatterAdd(G)⟩}, with
 * channels, strides and padding, in both precisions, for one image and for several interleaved
 * ({@code m}: image b's value e at {@code e·m + b}).
 */
class Im2ColTest {

  @ParameterizedTest(name = "{0}×{1}×{2}, kernel {3}, stride {4}, padding {5}, {6} interleaved")
  @CsvSource({"1, 6, 6, 3, 1, 0, 1", "2, 7, 6, 3, 2, 1, 1", "3, 5, 8, 2, 1, 2, 1", "2, 9, 9, 5, 3, 1, 1", "1, 4, 4, 4, 1, 0, 1",
      "1, 6, 6, 3, 1, 0, 3", "2, 7, 6, 3, 2, 1, 2", "3, 5, 8, 2, 1, 2, 4", "2, 9, 9, 5, 3, 1, 3", "10, 12, 12, 5, 1, 0, 8"})
  void gatherIsThePatchMatrixAndScatterAddItsAdjoint(int c, int h, int w, int k, int s, int pad, int m) {
    ImageShape in = new ImageShape(c, h, w);
    ImageShape out = new ImageShape(1, (h + 2 * pad - k) / s + 1, (w + 2 * pad - k) / s + 1);
    Im2Col im = new Im2Col(in, out, k, s, pad);
    int positions = out.height() * out.width();
    Random rng = new Random(h * 31 + k);
    int offset = 3; // images are read and written at an offset inside larger arrays
    double[] x = new double[offset + (int) in.size() * m];
    float[] xf = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
      xf[i] = (float) x[i];
    }
    double[] cols = new double[offset + im.patch() * positions * m];
    float[] colsF = new float[cols.length];
    java.util.Arrays.fill(cols, 99); // every entry, padding included, must be written
    java.util.Arrays.fill(colsF, 99);
    im.gather(x, offset, cols, offset, m);
    im.gather(xf, offset, colsF, offset, m);
    forEachEntry(in, out, k, s, pad, (e, input) -> {
      for (int b = 0; b < m; b++) {
        double expected = input < 0 ? 0.0 : x[offset + input * m + b];
        assertThat(cols[offset + e * m + b]).isEqualTo(expected);
        assertThat(colsF[offset + e * m + b]).isEqualTo((float) expected);
      }
    });
    // straight into native memory: the same matrix
    INDArray nativeF = Nd4j.create(DataType.FLOAT, colsF.length).assign(99);
    INDArray nativeD = Nd4j.create(DataType.DOUBLE, cols.length).assign(99);
    im.gather(xf, offset, RunSink.of(nativeF), offset, m);
    im.gather(x, offset, RunSink.of(nativeD), offset, m);
    float[] gotF = nativeF.toFloatVector();
    double[] gotD = nativeD.toDoubleVector();
    for (int i = offset; i < cols.length; i++) {
      assertThat(gotF[i]).isEqualTo(colsF[i]);
      assertThat(gotD[i]).isEqualTo(cols[i]);
    }
    // adjoint: ⟨gather(x), g⟩ = ⟨x, scatterAdd(g)⟩ for a random g
    double[] g = new double[cols.length];
    float[] gf = new float[cols.length];
    for (int i = offset; i < g.length; i++) {
      g[i] = rng.nextGaussian();
      gf[i] = (float) g[i];
    }
    double[] back = new double[x.length];
    float[] backF = new float[x.length];
    back[0] = 5; // the scatter adds onto what is there and leaves the rest alone
    backF[0] = 5;
    im.scatterAdd(g, offset, back, offset, m);
    im.scatterAdd(gf, offset, backF, offset, m);
    double left = 0;
    double right = 0;
    for (int i = offset; i < g.length; i++) {
      left += cols[i] * g[i];
    }
    for (int i = offset; i < x.length; i++) {
      right += x[i] * back[i];
      assertThat((double) backF[i]).isCloseTo(back[i], within(1e-4));
    }
    assertThat(back[0]).isEqualTo(5.0);
    // bit for bit: each input entry gets its terms in the order (channel, u, v, i, j), whatever
    // loop order the scatter uses (a seed's metrics must not change with it)
    float[] ordered = new float[x.length];
    forEachEntry(in, out, k, s, pad, (e, input) -> {
      for (int b = 0; b < m && input >= 0; b++) {
        ordered[offset + input * m + b] += gf[offset + e * m + b];
      }
    });
    for (int i = offset; i < x.length; i++) {
      assertThat(backF[i]).isEqualTo(ordered[i]);
    }
    // with a scratch array (runs copied into line with dx first): the same sums, bit for bit
    float[] lined = new float[x.length];
    lined[0] = 5;
    im.scatterAdd(gf, offset, lined, offset, m, new float[x.length]);
    assertThat(lined).containsExactly(backF);
    assertThat(right).isCloseTo(left, within(1e-10 * Math.max(1, Math.abs(left))));
  }

  /** Called with a patch-matrix entry's index and its input value's index (−1: padding). */
  private interface EntryVisitor {
    void entry(int entry, int input);
  }

  /**
   * The patch matrix's definition, entry by entry in the order (channel, u, v, i, j): hands each
   * entry's index and the index of its input value, or −1 when it falls in the padding.
   */
  private static void forEachEntry(ImageShape in, ImageShape out, int k, int s, int pad, EntryVisitor visit) {
    int positions = out.height() * out.width();
    for (int ch = 0; ch < in.channels(); ch++) {
      for (int u = 0; u < k; u++) {
        for (int v = 0; v < k; v++) {
          for (int i = 0; i < out.height(); i++) {
            for (int j = 0; j < out.width(); j++) {
              int r = s * i + u - pad;
              int col = s * j + v - pad;
              boolean inside = r >= 0 && r < in.height() && col >= 0 && col < in.width();
              visit.entry(((ch * k + u) * k + v) * positions + i * out.width() + j,
                  inside ? (ch * in.height() + r) * in.width() + col : -1);
            }
          }
        }
      }
    }
  }
}

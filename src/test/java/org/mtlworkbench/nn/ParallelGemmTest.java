package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Products split into bands over 1–3 threads against a triple loop in the test, in double precision. */
class ParallelGemmTest {
  @AfterEach
  void oneThreadAgain() {
    ParallelGemm.configure(1);
  }

  @ParameterizedTest(name = "{0} threads, {1}×{2}×{3}, transA {4}, transB {5}")
  @CsvSource({
    "2, 300, 120, 70, false, false", // split by rows (m ≥ n)
    "2, 90, 310, 80, true, false", // split by columns, A transposed
    "3, 257, 201, 65, false, true", // uneven bands, B transposed
    "3, 140, 150, 90, true, true",
    "2, 5, 4, 3, false, false" // too small to split
  })
  void bandsGiveTheSameProduct(int threads, int m, int n, int k, boolean transA, boolean transB) {
    ParallelGemm.configure(threads);
    Random rng = new Random(m * 31L + n);
    INDArray a = LayerChecks.random(rng, transA ? k : m, transA ? m : k, 1.0);
    INDArray b = LayerChecks.random(rng, transB ? n : k, transB ? k : n, 1.0);
    INDArray c = LayerChecks.random(rng, m, n, 1.0);
    double[][] expected = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int q = 0; q < k; q++) {
          double av = transA ? a.getDouble(q, i) : a.getDouble(i, q);
          double bv = transB ? b.getDouble(j, q) : b.getDouble(q, j);
          s += av * bv;
        }
        expected[i][j] = 0.5 * s + 2.0 * c.getDouble(i, j); // alpha 0.5, beta 2
      }
    }
    for (int repeat = 0; repeat < 3; repeat++) { // the workers are reused from call to call
      INDArray out = c.dup();
      Blas.gemm(transA, transB, 0.5, a, b, 2.0, out);
      double maxError = 0;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          maxError = Math.max(maxError, Math.abs(out.getDouble(i, j) - expected[i][j]));
        }
      }
      assertThat(maxError).isLessThan(1e-11);
    }
    assertThat(ParallelGemm.threads()).isEqualTo(threads);
    assertThat(c.dataType()).isEqualTo(DataType.DOUBLE);
  }
}

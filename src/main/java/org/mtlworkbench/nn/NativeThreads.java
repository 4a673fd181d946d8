package org.mtlworkbench.nn;

import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many threads the native code uses: OpenMP threads for ND4J's element-wise ops and the
 * bundled OpenBLAS's threads for matrix products. Both matter and neither follows the other.
 *
 * <p>Measured with nd4j-native 1.0.0-M2.1 / OpenBLAS 0.3.19 on a 2-core machine: {@code
 * blas_set_num_threads(1)} took a 1024³ sgemm from ~16 ms to ~33 ms (and back with 2), and left
 * element-wise ops alone; {@code setOmpNumThreads(1)} doubled the time of a 16M-element tanh and
 * left the sgemm alone; {@code Nd4j.getEnvironment().setMaxThreads} changed neither, so it is not
 * used. On two cores, small MLPs run faster with one thread of each.
 */
public final class NativeThreads {
  private NativeThreads() {}

  /**
   * What the native libraries report now.
   *
   * @param blasThreads OpenBLAS threads for matrix products
   * @param ompThreads OpenMP threads for ND4J's own ops
   */
  public record Settings(int blasThreads, int ompThreads) {
    @Override
    public String toString() {
      return "blas " + blasThreads + " thread(s), omp " + ompThreads + " thread(s)";
    }
  }

  /** Uses {@code threads} threads (≥ 1) for both matrix products and element-wise ops. */
  public static Settings configure(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Nd4j.getExecutioner(); // loads the native libraries first
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    openblas_nolapack.blas_set_num_threads(threads);
    return current();
  }

  public static Settings current() {
    Nd4j.getExecutioner();
    return new Settings(
        openblas_nolapack.blas_get_num_threads(),
        NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads());
  }
}

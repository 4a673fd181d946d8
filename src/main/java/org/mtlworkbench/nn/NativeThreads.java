package org.mtlworkbench.nn;

import java.util.Locale;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many threads the native code uses for matrix products and for ND4J's element-wise
 * ops.
 *
 * <p>Measured with nd4j-native 1.0.0-M2.1 / OpenBLAS 0.3.19 on a 2-core machine: {@code
 * blas_set_num_threads(1)} took a 1024³ sgemm from ~16 ms to ~33 ms (and back with 2), and left
 * element-wise ops alone; {@code setOmpNumThreads(1)} doubled the time of a 16M-element tanh and
 * left the sgemm alone; {@code Nd4j.getEnvironment().setMaxThreads} changed neither, so it is not
 * used. On the two reference MLPs of PERFORMANCE.md, two OpenBLAS threads plus two OpenMP threads
 * made a step 3–4× <em>slower</em> than one thread; splitting each large product ourselves
 * ({@link ParallelGemm}) over single-threaded OpenBLAS, with element-wise ops on one thread, is the
 * default ({@link GemmThreading#SPLIT}).
 */
public final class NativeThreads {
  private NativeThreads() {}

  /** Who runs a matrix product on several threads. */
  public enum GemmThreading {
    /** {@link ParallelGemm} cuts products into bands; OpenBLAS and OpenMP use one thread each. */
    SPLIT,
    /** OpenBLAS's own threads and as many OpenMP threads (the library defaults' way). */
    OPENBLAS;

    public static GemmThreading parse(String s) {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * What the native libraries report now.
   *
   * @param blasThreads OpenBLAS threads for one product call
   * @param ompThreads OpenMP threads for ND4J's own ops
   * @param gemmThreads threads a large product is split over (1 = not split)
   */
  public record Settings(int blasThreads, int ompThreads, int gemmThreads) {
    @Override
    public String toString() {
      return "blas " + blasThreads + " thread(s), omp " + ompThreads + " thread(s), gemm split over "
          + gemmThreads + " thread(s)";
    }
  }

  /** Uses {@code threads} threads (≥ 1) for matrix products, the default way ({@link GemmThreading#SPLIT}). */
  public static Settings configure(int threads) {
    return configure(threads, GemmThreading.SPLIT);
  }

  /** Uses {@code threads} threads (≥ 1) for matrix products, split as {@code threading} says. */
  public static Settings configure(int threads, GemmThreading threading) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Nd4j.getExecutioner(); // loads the native libraries first
    boolean split = threading == GemmThreading.SPLIT;
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(split ? 1 : threads);
    openblas_nolapack.blas_set_num_threads(split ? 1 : threads);
    ParallelGemm.configure(split ? threads : 1);
    return current();
  }

  public static Settings current() {
    Nd4j.getExecutioner();
    return new Settings(
        openblas_nolapack.blas_get_num_threads(),
        NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads(),
        ParallelGemm.threads());
  }
}

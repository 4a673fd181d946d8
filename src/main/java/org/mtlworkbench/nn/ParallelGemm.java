package org.mtlworkbench.nn;

import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Runs one matrix product on several cores by cutting {@code C} into bands (rows, or columns when
 * {@code C} is wider than tall) and giving each band to single-threaded OpenBLAS on its own
 * thread: the caller computes the first band, resident worker threads the others.
 *
 * <p>Why not OpenBLAS's own threads: with the OpenBLAS that nd4j-native bundles (0.3.19,
 * pthreads) set to two threads, the small products of one training step ran slower than on one
 * thread (see PERFORMANCE.md); its workers and ND4J's OpenMP threads wait for work in their own
 * ways and fight over two cores. Here the workers spin briefly between the products of a step
 * (they come back to back) and then park, and nothing else is threaded.
 *
 * <p>Products under {@link #MIN_FLOPS} run on the caller alone: splitting them costs more than
 * it saves. One product at a time is split; a second caller meanwhile runs unsplit.
 *
 * <p>The same threads also run {@link #forBands}: a loop over the images of a batch cut into one
 * range per thread, for layers whose work is many small products (a convolution's per-image
 * products are far under {@link #MIN_FLOPS}, so splitting each would not pay); products inside a
 * band run unsplit.
 */
final class ParallelGemm {
  /** Below this many floating-point operations (2·m·n·k) a product is not split. */
  static final double MIN_FLOPS = 4e6;
  private static final long SPIN_NANOS = 200_000;

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static volatile Worker[] workers = new Worker[0];

  private ParallelGemm() {}

  /** Uses {@code threads} threads (≥ 1) per product from now on. */
  static synchronized void configure(int threads) {
    LOCK.lock();
    try {
      for (Worker w : workers) {
        w.stop();
      }
      Worker[] fresh = new Worker[threads - 1];
      for (int i = 0; i < fresh.length; i++) {
        fresh[i] = new Worker(i + 1);
      }
      workers = fresh;
    } finally {
      LOCK.unlock();
    }
  }

  static int threads() {
    return workers.length + 1;
  }

  /** Same contract as {@link Blas#gemm(DataType, boolean, boolean, int, int, int, double, Pointer, int, Pointer, int, double, Pointer, int)}. */
  static void gemm(
      DataType type, boolean transA, boolean transB, int m, int n, int k, double alpha,
      Pointer a, int lda, Pointer b, int ldb, double beta, Pointer c, int ldc) {
    Worker[] ws = workers;
    int parts = ws.length + 1;
    if (parts == 1 || 2.0 * m * n * k < MIN_FLOPS || Math.max(m, n) < 2 * parts || LOCK.isHeldByCurrentThread()
        || !LOCK.tryLock()) {
      Blas.gemmSerial(type, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
      return;
    }
    try {
      boolean byRows = m >= n;
      int size = byRows ? m : n;
      for (int p = parts - 1; p >= 0; p--) {
        int from = (int) ((long) size * p / parts);
        int to = (int) ((long) size * (p + 1) / parts);
        Pointer pa = a;
        Pointer pb = b;
        Pointer pc;
        int mm = m;
        int nn = n;
        if (byRows) {
          pa = offset(a, transA ? from : (long) from * lda);
          pc = offset(c, (long) from * ldc);
          mm = to - from;
        } else {
          pb = offset(b, transB ? (long) from * ldb : from);
          pc = offset(c, from);
          nn = to - from;
        }
        Pointer fa = pa;
        Pointer fb = pb;
        int fm = mm;
        int fn = nn;
        Runnable band = () -> Blas.gemmSerial(type, transA, transB, fm, fn, k, alpha, fa, lda, fb, ldb, beta, pc, ldc);
        if (p == 0) {
          band.run();
        } else {
          ws[p - 1].submit(band);
        }
      }
      for (Worker w : ws) {
        w.await();
      }
    } finally {
      LOCK.unlock();
    }
  }

  /** Work on the items {@code [from, to)} of a loop, as part {@code part} of {@link #parts()}. */
  interface Band {
    void run(int part, int from, int to);
  }

  /** How many parts {@link #forBands} cuts a loop into at most (the configured threads). */
  static int parts() {
    return workers.length + 1;
  }

  /**
   * Runs {@code body} over {@code [0, n)} cut into up to {@link #parts()} contiguous ranges, the
   * first on the caller and the others on the workers, and returns when all are done. Part
   * numbers are distinct and below {@link #parts()}, so a caller can give each part its own
   * scratch space. Runs as one part on the caller when another split is under way.
   */
  static void forBands(int n, Band body) {
    Worker[] ws = workers;
    int parts = Math.min(ws.length + 1, n);
    if (parts <= 1 || LOCK.isHeldByCurrentThread() || !LOCK.tryLock()) {
      body.run(0, 0, n);
      return;
    }
    try {
      for (int p = parts - 1; p >= 1; p--) {
        int part = p;
        int from = (int) ((long) n * p / parts);
        int to = (int) ((long) n * (p + 1) / parts);
        ws[p - 1].submit(() -> body.run(part, from, to));
      }
      try {
        body.run(0, 0, (int) ((long) n / parts));
      } finally {
        for (int p = 1; p < parts; p++) {
          ws[p - 1].await();
        }
      }
    } finally {
      LOCK.unlock();
    }
  }

  static Pointer offset(Pointer p, long elements) {
    if (elements == 0) {
      return p;
    }
    if (p instanceof FloatPointer f) {
      return new FloatPointer(f).position(f.position() + elements);
    }
    if (p instanceof DoublePointer d) {
      return new DoublePointer(d).position(d.position() + elements);
    }
    throw new IllegalArgumentException("BLAS operands must be float or double pointers");
  }

  /** A resident thread that runs one band at a time, spinning briefly for the next. */
  private static final class Worker implements Runnable {
    private final Thread thread;
    private volatile Runnable task;
    private volatile boolean done = true;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    Worker(int index) {
      thread = new Thread(this, "gemm-worker-" + index);
      thread.setDaemon(true);
      thread.start();
    }

    void submit(Runnable r) {
      done = false;
      task = r;
      LockSupport.unpark(thread);
    }

    void await() {
      while (!done) {
        Thread.onSpinWait();
      }
      RuntimeException f = failure;
      if (f != null) {
        failure = null;
        throw f;
      }
    }

    void stop() {
      running = false;
      LockSupport.unpark(thread);
    }

    @Override
    public void run() {
      while (running) {
        Runnable r = task;
        if (r == null) {
          long spinUntil = System.nanoTime() + SPIN_NANOS;
          while ((r = task) == null && running && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
          }
          if (r == null) {
            LockSupport.park(this);
            continue;
          }
        }
        task = null;
        try {
          r.run();
        } catch (RuntimeException e) {
          failure = e;
        }
        done = true;
      }
    }
  }
}

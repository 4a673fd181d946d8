package org.mtlworkbench.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A native buffer per thread for small products that are read straight back to the heap (the
 * K × K Gram matrices of task gradients, the lagged cross products): the BLAS call writes here and
 * the result is copied out at once, so no INDArray is made for it.
 *
 * <p>Why: a new INDArray per step, however small, is a native allocation plus native shape
 * information, each a pointer registered under JavaCPP's one lock; measured with JFR on a small
 * MLP under PCGrad, these outputs were most of the pointers a step still made once batches were
 * reused (PERFORMANCE.md, "Spark").
 */
public final class NativeScratch {
  private static final ThreadLocal<NativeScratch> PER_THREAD = ThreadLocal.withInitial(NativeScratch::new);

  private FloatPointer floats = new FloatPointer(0L);
  private DoublePointer doubles = new DoublePointer(0L);
  private float[] hostFloats = new float[0];

  private NativeScratch() {}

  /** This thread's scratch. */
  public static NativeScratch forThisThread() {
    return PER_THREAD.get();
  }

  /**
   * A buffer of at least {@code n} elements of type {@code t} (FLOAT or DOUBLE). Its contents stay
   * until the next {@code buffer} call on this thread; callers read it back before calling
   * anything that may use the scratch again.
   */
  public Pointer buffer(DataType t, long n) {
    if (t == DataType.FLOAT) {
      if (floats.capacity() < n) {
        floats.close();
        floats = new FloatPointer(n);
      }
      return floats;
    }
    if (t == DataType.DOUBLE) {
      if (doubles.capacity() < n) {
        doubles.close();
        doubles = new DoublePointer(n);
      }
      return doubles;
    }
    throw new IllegalArgumentException("scratch holds FLOAT or DOUBLE, not " + t);
  }

  /** The first {@code n} elements of the {@code t} buffer, as a new array of doubles. */
  public double[] read(DataType t, int n) {
    double[] out = new double[n];
    if (t == DataType.DOUBLE) {
      doubles.get(out, 0, n);
    } else if (t == DataType.FLOAT) {
      if (hostFloats.length < n) {
        hostFloats = new float[n];
      }
      floats.get(hostFloats, 0, n);
      for (int i = 0; i < n; i++) {
        out[i] = hostFloats[i];
      }
    } else {
      throw new IllegalArgumentException("scratch holds FLOAT or DOUBLE, not " + t);
    }
    return out;
  }
}

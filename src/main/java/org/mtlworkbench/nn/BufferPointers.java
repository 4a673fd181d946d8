package org.mtlworkbench.nn;

import java.lang.ref.WeakReference;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataBuffer;

/**
 * The native address of an ND4J buffer, asked of ND4J once per buffer instead of once per BLAS
 * call.
 *
 * <p>Why: {@code DataBuffer.addressPointer()} crosses JNI twice and builds three Java objects each
 * time it is called (the native side's {@code primaryBuffer()} makes a new {@code Pointer} through
 * JNI). A training step of a small MLP makes about a hundred BLAS calls, almost all on the same
 * long-lived buffers (parameters, gradients, a layer's cached activations, the reused batch): JFR
 * of a 400-epoch run of {@code correlated-high} under PCGrad put 13% of the trainer's time and
 * 2.5 GB of its 4.4 GB of allocation in these calls (PERFORMANCE.md, "Spark").
 *
 * <p>A direct-mapped table keyed by the buffer's identity holds ND4J's pointer for each buffer
 * seen; a hit returns a fresh copy of it (a plain Java object, so that callers may move its
 * position freely). Keys are weak: once a buffer is collected its slot can never match another
 * buffer, and a buffer closed by its owner is asked of ND4J again. Entries are immutable, so
 * threads racing on a slot see either entry whole; a lost write is only a later miss.
 */
final class BufferPointers {
  private static final int SLOTS = 4096;
  private static final Entry[] TABLE = new Entry[SLOTS];

  private record Entry(WeakReference<DataBuffer> buffer, Pointer pointer) {}

  private BufferPointers() {}

  /** A new pointer to the first element of {@code buffer}, as {@code addressPointer()} gives. */
  static Pointer of(DataBuffer buffer) {
    int slot = System.identityHashCode(buffer) & (SLOTS - 1);
    Entry e = TABLE[slot];
    if (e != null && e.buffer.get() == buffer && !buffer.wasClosed()) {
      return copy(e.pointer);
    }
    Pointer p = buffer.addressPointer();
    if (p == null || !(p instanceof FloatPointer || p instanceof DoublePointer)) {
      return p;
    }
    TABLE[slot] = new Entry(new WeakReference<>(buffer), p);
    return copy(p);
  }

  private static Pointer copy(Pointer p) {
    return p instanceof FloatPointer f ? new FloatPointer(f) : new DoublePointer((DoublePointer) p);
  }
}

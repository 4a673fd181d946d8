package org.mtlworkbench.nn;

import java.util.function.BiFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs ND4J element-wise ops, reusing op objects across steps.
 *
 * <p>Why: building a scalar op (it allocates its scalar as an array) cost ~16 µs in our
 * measurements, more than running it on a 256 × 256 batch; a layer's buffers stay the same from
 * step to step, so the op built for them at the first step is run again as long as its operands
 * are the same objects.
 */
final class Ops {
  private Ops() {}

  /** Returns {@code cached} if it works on exactly {@code x} → {@code z}, else a new op. */
  static <T extends Op> T reuse(T cached, INDArray x, INDArray z, BiFunction<INDArray, INDArray, T> make) {
    if (cached != null && cached.x() == x && cached.z() == z) {
      return cached;
    }
    return make.apply(x, z);
  }

  static <T extends Op> T exec(T op) {
    Nd4j.getExecutioner().exec(op);
    return op;
  }

  /**
   * {@code z = x ⊙ y}: on the heap when small ({@link HostElementwise}), else through a reused {@link
   * MulOp}, a custom op, which does not expose its operands, so the site remembers them.
   */
  static final class Multiply {
    private INDArray x;
    private INDArray y;
    private INDArray z;
    private MulOp op;
    private final HostElementwise host = new HostElementwise();

    void exec(INDArray x, INDArray y, INDArray z) {
      if (x.equalShapes(y) && host.multiply(x, 1, y, z)) {
        return;
      }
      if (op == null || x != this.x || y != this.y || z != this.z) {
        op = new MulOp(x, y, z);
        this.x = x;
        this.y = y;
        this.z = z;
      }
      Nd4j.getExecutioner().exec(op);
    }
  }
}

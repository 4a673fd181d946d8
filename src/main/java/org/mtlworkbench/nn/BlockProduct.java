package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code Z_k = X_k ⊙ F} for every row block {@code X_k} ({@code B × n}) of a stacked {@code
 * (K·B) × n} matrix and one {@code B × n} factor: the stacked backward of an element-wise layer,
 * whose derivative (or dropout mask) is the same for every block.
 *
 * <p>Done as one broadcast product on the {@code K × (B·n)} reshape (a view of the contiguous
 * stack) instead of K products on block views: one native call whatever K is. The op object and
 * the output buffer are reused as long as the operands are the same arrays. Small stacks are
 * multiplied on the heap instead ({@link HostElementwise}): cheaper than any ND4J op there.
 */
final class BlockProduct {
  private INDArray stacked;
  private INDArray factor;
  private INDArray output;
  private BroadcastMulOp op;
  private final HostElementwise host = new HostElementwise();

  INDArray multiply(INDArray stackedInput, int copies, INDArray factorInput) {
    long rows = factorInput.size(0);
    long width = factorInput.size(1);
    if (stackedInput.rank() != 2 || stackedInput.size(0) != rows * copies || stackedInput.size(1) != width) {
      throw new IllegalArgumentException("stacked gradient must be " + copies + "·" + rows + " × " + width
          + ", got " + java.util.Arrays.toString(stackedInput.shape()));
    }
    if (output == null || !output.equalShapes(stackedInput) || output.dataType() != stackedInput.dataType()) {
      output = Nd4j.create(stackedInput.dataType(), stackedInput.shape());
      op = null;
    }
    if (host.multiply(stackedInput, copies, factorInput, output)) {
      return output;
    }
    if (op == null || stackedInput != stacked || factorInput != factor) {
      INDArray x = Blas.isContiguous(stackedInput) ? stackedInput : stackedInput.dup('c');
      INDArray f = Blas.isContiguous(factorInput) ? factorInput : factorInput.dup('c');
      long[] blocks = {copies, rows * width};
      op = new BroadcastMulOp(x.reshape('c', blocks), f.reshape('c', new long[] {rows * width}),
          output.reshape('c', blocks), 1);
      stacked = x == stackedInput ? stackedInput : null;
      factor = f == factorInput ? factorInput : null;
    }
    Nd4j.getExecutioner().exec(op);
    return output;
  }
}

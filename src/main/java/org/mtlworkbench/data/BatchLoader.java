package org.mtlworkbench.data;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Cuts one split into mini-batches for training: features, and per requested target the values
 * (NaN-free: unlabelled rows hold 0), a 1/0 mask and the number of labelled rows.
 *
 * <p>The row order of an epoch depends only on (seed, epoch), so a run can be replayed and a
 * single-task baseline can see exactly the batches the multi-task model saw. The last, partial
 * batch is kept. Batches are filled by {@link BatchArrays}; {@link #epochReusingArrays} refills
 * the same arrays batch after batch.
 */
public final class BatchLoader {
  private final Dataset data;
  private final List<TargetColumn> targets;
  private final int batchSize;
  private final DataType dtype;

  /**
   * @param split the rows to iterate (usually the standardised training split)
   * @param targetNames the targets to deliver, in this order (the order of {@link Batch#targets})
   * @param batchSize rows per batch, at least 1
   * @param dtype {@link DataType#FLOAT} or {@link DataType#DOUBLE}
   */
  public BatchLoader(Dataset split, List<String> targetNames, int batchSize, DataType dtype) {
    if (batchSize < 1) {
      throw new InputException("batchSize: must be 1 or more, got " + batchSize);
    }
    if (dtype != DataType.FLOAT && dtype != DataType.DOUBLE) {
      throw new IllegalArgumentException("batches are FLOAT or DOUBLE, not " + dtype);
    }
    this.data = split;
    this.targets =
        targetNames.stream()
            .map(
                n ->
                    split.findTarget(n)
                        .orElseThrow(
                            () -> new InputException("no target named '" + n + "' in "
                                + split.name())))
            .toList();
    this.batchSize = batchSize;
    this.dtype = dtype;
  }

  public int batchesPerEpoch() {
    return (data.rows() + batchSize - 1) / batchSize;
  }

  public int rows() {
    return data.rows();
  }

  /**
   * The batches of one epoch. With {@code shuffle}, rows are permuted by a generator seeded from
   * (seed, epoch); without, they come in dataset order. Each {@code iterator()} call replays the
   * same sequence. Every batch has arrays of its own, so batches may be kept.
   */
  public Iterable<Batch> epoch(long seed, int epoch, boolean shuffle) {
    return () -> new Batches(order(seed, epoch, shuffle), false);
  }

  /**
   * The same batches as {@link #epoch}, value for value, but an iterator refills one set of
   * arrays for all its full batches (and one for the last, partial one): a batch is valid only
   * until the next is drawn. For training and evaluation loops, which are done with a batch when
   * they ask for the next.
   *
   * <p>Why: a fresh batch costs a Java array and a native array with its shape information per
   * INDArray (features, and per task targets and mask); on a small MLP that was about a sixth of
   * the trainer's native time (JFR, PERFORMANCE.md "Spark"), and each native array is a pointer
   * registered under JavaCPP's one lock, which two runs in one JVM share.
   */
  public Iterable<Batch> epochReusingArrays(long seed, int epoch, boolean shuffle) {
    return () -> new Batches(order(seed, epoch, shuffle), true);
  }

  private int[] order(long seed, int epoch, boolean shuffle) {
    return shuffle ? Shuffle.permutation(data.rows(), Shuffle.mix(seed, epoch)) : Shuffle.identity(data.rows());
  }

  /** One pass over {@code order}, in batches of {@code batchSize} rows. */
  private final class Batches implements Iterator<Batch> {
    private final int[] order;
    private final boolean reuse;
    private BatchArrays full;
    private BatchArrays partial;
    private int start;

    Batches(int[] order, boolean reuse) {
      this.order = order;
      this.reuse = reuse;
    }

    @Override
    public boolean hasNext() {
      return start < order.length;
    }

    @Override
    public Batch next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int end = Math.min(order.length, start + batchSize);
      int size = end - start;
      BatchArrays arrays;
      if (!reuse) {
        arrays = new BatchArrays(size, data.featureCount(), targets.size(), dtype);
      } else if (size == batchSize) {
        arrays = full = full != null ? full : new BatchArrays(size, data.featureCount(), targets.size(), dtype);
      } else {
        arrays = partial = partial != null ? partial : new BatchArrays(size, data.featureCount(), targets.size(), dtype);
      }
      Batch b = arrays.fill(data, targets, order, start);
      start = end;
      return b;
    }
  }
}

package org.mtlworkbench.data;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cuts one split into mini-batches for training: features, and per requested target the values
 * (NaN-free: unlabelled rows hold 0), a 1/0 mask and the number of labelled rows.
 *
 * <p>The row order of an epoch depends only on (seed, epoch), so a run can be replayed and a
 * single-task baseline can see exactly the batches the multi-task model saw. The last, partial
 * batch is kept. Each batch costs one Java array and one {@code Nd4j.create} per INDArray.
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
   * same sequence.
   */
  public Iterable<Batch> epoch(long seed, int epoch, boolean shuffle) {
    return () -> {
      int[] order = shuffle
          ? Shuffle.permutation(data.rows(), Shuffle.mix(seed, epoch))
          : Shuffle.identity(data.rows());
      return new Iterator<>() {
        private int start;

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
          Batch b = batch(order, start, end);
          start = end;
          return b;
        }
      };
    };
  }

  private Batch batch(int[] order, int from, int to) {
    int size = to - from;
    int d = data.featureCount();
    float[] x = data.features();
    INDArray features;
    if (dtype == DataType.FLOAT) {
      float[] f = new float[size * d];
      for (int i = 0; i < size; i++) {
        System.arraycopy(x, order[from + i] * d, f, i * d, d);
      }
      features = Nd4j.create(f, new long[] {size, d}, DataType.FLOAT);
    } else {
      double[] f = new double[size * d];
      for (int i = 0; i < size; i++) {
        int src = order[from + i] * d;
        for (int j = 0; j < d; j++) {
          f[i * d + j] = x[src + j];
        }
      }
      features = Nd4j.create(f, new long[] {size, d}, DataType.DOUBLE);
    }
    int k = targets.size();
    INDArray[] ys = new INDArray[k];
    INDArray[] masks = new INDArray[k];
    int[] labelled = new int[k];
    for (int t = 0; t < k; t++) {
      float[] v = targets.get(t).values();
      double[] y = new double[size];
      double[] m = new double[size];
      for (int i = 0; i < size; i++) {
        float value = v[order[from + i]];
        if (!Float.isNaN(value)) {
          y[i] = value;
          m[i] = 1;
          labelled[t]++;
        }
      }
      ys[t] = Nd4j.create(y, new long[] {size, 1}, dtype);
      masks[t] = Nd4j.create(m, new long[] {size, 1}, dtype);
    }
    return new Batch(features, ys, masks, labelled, size);
  }
}

package org.mtlworkbench.data;

import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The arrays of one batch of a fixed size (features {@code size × d}; per target, values and a
 * 1/0 mask, {@code size × 1}), and the filling of them from chosen rows of a dataset: one Java
 * copy into reused heap arrays, then one bulk copy into each native array.
 */
final class BatchArrays {
  private final int size;
  private final int width;
  private final DataType dtype;
  private final INDArray features;
  private final INDArray[] values;
  private final INDArray[] masks;
  private final float[] featureRows;
  private final float[] targetValues;
  private final float[] targetMask;
  private final double[] doubles;

  BatchArrays(int size, int width, int targetCount, DataType dtype) {
    this.size = size;
    this.width = width;
    this.dtype = dtype;
    this.features = Nd4j.create(dtype, size, width);
    this.values = new INDArray[targetCount];
    this.masks = new INDArray[targetCount];
    for (int t = 0; t < targetCount; t++) {
      values[t] = Nd4j.create(dtype, size, 1);
      masks[t] = Nd4j.create(dtype, size, 1);
    }
    this.featureRows = new float[size * width];
    this.targetValues = new float[size];
    this.targetMask = new float[size];
    this.doubles = dtype == DataType.DOUBLE ? new double[Math.max(size, size * width)] : null;
  }

  /**
   * Fills these arrays with rows {@code order[from .. from + size)} of {@code data} and returns
   * them as a batch. Unlabelled target values (NaN) become 0 with mask 0.
   */
  Batch fill(Dataset data, List<TargetColumn> targets, int[] order, int from) {
    float[] x = data.features();
    for (int i = 0; i < size; i++) {
      System.arraycopy(x, order[from + i] * width, featureRows, i * width, width);
    }
    putFloats(featureRows, size * width, features);
    int[] labelled = new int[targets.size()];
    float[] y = targetValues;
    float[] m = targetMask;
    for (int t = 0; t < targets.size(); t++) {
      float[] v = targets.get(t).values();
      for (int i = 0; i < size; i++) {
        float value = v[order[from + i]];
        boolean known = !Float.isNaN(value);
        y[i] = known ? value : 0f;
        m[i] = known ? 1f : 0f;
        labelled[t] += known ? 1 : 0;
      }
      putFloats(y, size, values[t]);
      putFloats(m, size, masks[t]);
    }
    return new Batch(features, values.clone(), masks.clone(), labelled, size);
  }

  /** Writes {@code src[0 .. n)} into {@code dst}, widened to double when the batch is DOUBLE. */
  private void putFloats(float[] src, int n, INDArray dst) {
    if (dtype == DataType.FLOAT) {
      ((FloatPointer) dst.data().addressPointer()).put(src, 0, n);
    } else {
      for (int i = 0; i < n; i++) {
        doubles[i] = src[i];
      }
      ((DoublePointer) dst.data().addressPointer()).put(doubles, 0, n);
    }
  }
}

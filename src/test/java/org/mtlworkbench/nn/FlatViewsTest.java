package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FlatViewsTest {

  @Test
  void vectorViewWritesThroughToRank1Flat() {
    INDArray flat = Nd4j.zeros(DataType.FLOAT, 10);
    INDArray v = FlatViews.vector(flat, 3, 4);
    v.assign(7);
    assertThat(flat.toFloatVector()).containsExactly(0, 0, 0, 7, 7, 7, 7, 0, 0, 0);
  }

  @Test
  void matrixViewIsRowMajorAndWritesThroughToRowVector() {
    INDArray flat = Nd4j.zeros(DataType.DOUBLE, 1, 9);
    INDArray m = FlatViews.matrix(flat, 2, 2, 3);
    m.putScalar(0, 1, 5.0); // element 1 of the slice → flat[3]
    m.putScalar(1, 0, 6.0); // element 3 of the slice → flat[5]
    assertThat(flat.toDoubleVector()).containsExactly(0, 0, 0, 5, 0, 6, 0, 0, 0);
    flat.putScalar(0, 7, 9.0); // last element of the slice
    assertThat(m.getDouble(1, 2)).isEqualTo(9.0);
  }

  @Test
  void sliceOfARowOfAMatrixIsAViewOfThatRowOnly() {
    INDArray grads = Nd4j.zeros(DataType.FLOAT, 3, 8);
    INDArray row = grads.getRow(1);
    INDArray w = FlatViews.matrix(FlatViews.vector(row, 2, 6), 0, 2, 2);
    INDArray b = FlatViews.vector(FlatViews.vector(row, 2, 6), 4, 2);
    w.assign(1);
    b.assign(2);
    assertThat(grads.getRow(0).sumNumber().doubleValue()).isZero();
    assertThat(grads.getRow(2).sumNumber().doubleValue()).isZero();
    assertThat(grads.getRow(1).toFloatVector()).containsExactly(0, 0, 1, 1, 1, 1, 2, 2);
    // the BLAS pointer of a view starts at the view's first element
    assertThat(((org.bytedeco.javacpp.FloatPointer) Blas.pointer(b)).get(0)).isEqualTo(2f);
  }

  @Test
  void rejectsSliceOutsideTheVector() {
    INDArray flat = Nd4j.zeros(DataType.FLOAT, 5);
    assertThatThrownBy(() -> FlatViews.vector(flat, 3, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}

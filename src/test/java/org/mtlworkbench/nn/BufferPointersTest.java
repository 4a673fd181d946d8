package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BufferPointersTest {

  @Test
  void pointsWhereNd4jSaysTheBufferIsEveryTime() {
    INDArray a = Nd4j.create(DataType.FLOAT, 3, 4);
    long expected = a.data().addressPointer().address();

    Pointer first = BufferPointers.of(a.data());
    Pointer second = BufferPointers.of(a.data());

    assertThat(first).isInstanceOf(FloatPointer.class);
    assertThat(first.address() + first.position() * 4).isEqualTo(expected);
    assertThat(second.address() + second.position() * 4).isEqualTo(expected);
  }

  @Test
  void givesCopiesThatCallersMayMove() {
    INDArray a = Nd4j.create(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    DoublePointer moved = (DoublePointer) BufferPointers.of(a.data());
    moved.position(moved.position() + 4);
    assertThat(moved.get()).isEqualTo(5.0);

    DoublePointer again = (DoublePointer) BufferPointers.of(a.data());
    assertThat(again.get()).isEqualTo(1.0);
    assertThat(again).isNotSameAs(moved);
  }

  @Test
  void aViewsPointerStartsAtTheViewsFirstElement() {
    INDArray a = Nd4j.create(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 3, 4);
    INDArray secondRowOn = a.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all());

    FloatPointer whole = (FloatPointer) Blas.pointer(a);
    FloatPointer view = (FloatPointer) Blas.pointer(secondRowOn);
    // Ask for the whole array again after the view, so the two can share no slot by accident.
    FloatPointer wholeAgain = (FloatPointer) Blas.pointer(a);

    assertThat(view.get()).isEqualTo(4f);
    assertThat(whole.get()).isEqualTo(0f);
    assertThat(wholeAgain.get()).isEqualTo(0f);
  }

  @Test
  void manyBuffersEachKeepTheirOwnAddress() {
    // More buffers than the table has slots: collisions must fall back to ND4J, never to a
    // neighbour's address.
    int n = 10_000;
    INDArray[] arrays = new INDArray[n];
    for (int i = 0; i < n; i++) {
      arrays[i] = Nd4j.scalar(DataType.FLOAT, (float) i).reshape(1);
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < n; i++) {
        assertThat(((FloatPointer) Blas.pointer(arrays[i])).get()).isEqualTo((float) i);
      }
    }
  }

  @Test
  void writesThroughTheCachedAddressReachTheArray() {
    INDArray a = Nd4j.create(DataType.DOUBLE, 2, 2);
    Blas.pointer(a); // cached
    ((DoublePointer) Blas.pointer(a, 3)).put(7.5);

    assertThat(a.getDouble(1, 1)).isEqualTo(7.5);
    assertThat(a.getDouble(0, 0)).isEqualTo(0.0);
  }
}

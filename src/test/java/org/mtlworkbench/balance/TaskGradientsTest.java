package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class TaskGradientsTest {
  // g1 = (1, 2 | 2), g2 = (3, 0 | -1): layer a = columns 0-1, layer b = column 2
  private static final double[][] G = {{1, 2, 2}, {3, 0, -1}};
  private static final List<ParameterSegment> LAYERS =
      List.of(new ParameterSegment("a", 0, 2), new ParameterSegment("b", 2, 1));

  @Test
  void gramByLayersEqualsTheWholeGram() {
    // g1·g1 = 1 + 4 + 4 = 9, g1·g2 = 3 + 0 − 2 = 1, g2·g2 = 9 + 0 + 1 = 10
    double[][] expected = {{9, 1}, {1, 10}};
    assertThat(TaskGradients.of(G).gram()).isDeepEqualTo(expected);
    TaskGradients byLayer = new TaskGradients(Nd4j.create(G), LAYERS);
    assertThat(byLayer.gram()).isDeepEqualTo(expected);
    assertThat(byLayer.norms()).containsExactly(new double[] {3, Math.sqrt(10)}, within(1e-12));
  }

  @Test
  void squaredNormsPerLayer() {
    // layer a: |(1,2)|² = 5, |(3,0)|² = 9; layer b: 4 and 1
    double[][] expected = {{5, 4}, {9, 1}};
    TaskGradients known = new TaskGradients(Nd4j.create(G), LAYERS);
    assertThat(known.squaredNormsByLayer(LAYERS)).isDeepEqualTo(expected);
    // asked again: a fresh array, not the cache (callers take square roots in place)
    known.squaredNormsByLayer(LAYERS)[0][0] = -1;
    assertThat(known.squaredNormsByLayer(LAYERS)).isDeepEqualTo(expected);
    // layers not given at construction, and layers that do not tile the row
    assertThat(TaskGradients.of(G).squaredNormsByLayer(LAYERS)).isDeepEqualTo(expected);
    List<ParameterSegment> gap = List.of(new ParameterSegment("b", 2, 1));
    TaskGradients partial = new TaskGradients(Nd4j.create(G), gap);
    assertThat(partial.gram()).isDeepEqualTo(new double[][] {{9, 1}, {1, 10}});
    assertThat(partial.squaredNormsByLayer(gap)).isDeepEqualTo(new double[][] {{4}, {1}});
  }

  @Test
  void floatMatrixGivesTheSameInnerProducts() {
    TaskGradients f = new TaskGradients(Nd4j.create(G).castTo(DataType.FLOAT), LAYERS);
    assertThat(f.gram()[0][1]).isCloseTo(1.0, within(1e-6));
    assertThat(f.squaredNormsByLayer(LAYERS)[1][0]).isCloseTo(9.0, within(1e-6));
  }
}

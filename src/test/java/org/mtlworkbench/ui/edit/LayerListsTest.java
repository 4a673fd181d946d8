package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.LayerSpec;

class LayerListsTest {
  private final LayerSpec conv = LayerSpec.conv(10, 5, "none");
  private final LayerSpec dense = LayerSpec.of(50);

  @Test
  void insertPutsTheLayerAfterTheGivenPositionClampedToTheStack() {
    LayerSpec pool = LayerLists.fresh(LayerSpec.MAXPOOL);
    assertThat(LayerLists.insert(List.of(conv, dense), 0, pool)).containsExactly(conv, pool, dense);
    assertThat(LayerLists.insert(List.of(conv, dense), -1, pool)).containsExactly(pool, conv, dense);
    assertThat(LayerLists.insert(List.of(conv, dense), 7, pool)).containsExactly(conv, dense, pool);
    assertThat(LayerLists.insert(List.of(), -1, pool)).containsExactly(pool);
  }

  @Test
  void freshLayersAreTheDocumentedStartingPoints() {
    assertThat(LayerLists.fresh(LayerSpec.CONV)).isEqualTo(new LayerSpec(LayerSpec.CONV, null, 8, 3, 1, 0, null, "relu", 0.0));
    assertThat(LayerLists.fresh(LayerSpec.MAXPOOL)).isEqualTo(new LayerSpec(LayerSpec.MAXPOOL, null, null, null, 2, null, 2, "none", 0.0));
    assertThat(LayerLists.fresh(LayerSpec.FLATTEN).type()).isEqualTo(LayerSpec.FLATTEN);
    assertThat(LayerLists.fresh(LayerSpec.DENSE)).isEqualTo(LayerSpec.of(32));
    assertThatThrownBy(() -> LayerLists.fresh("lstm")).isInstanceOf(InputException.class)
        .hasMessage("layer type must be one of [conv, maxpool, flatten, dense], got \"lstm\"");
  }

  @Test
  void replaceSwapsOneLayerAndRefusesAMissingOne() {
    assertThat(LayerLists.replace(List.of(conv, dense), 1, conv)).containsExactly(conv, conv);
    assertThatThrownBy(() -> LayerLists.replace(List.of(conv), 3, dense)).isInstanceOf(InputException.class)
        .hasMessage("there is no layer 4 (the stack has 1)");
  }
}

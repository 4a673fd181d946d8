package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

/** The new model fields as read from an experiment file, and their defaults. */
class SharingSchemeSpecsTest {
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void newFieldsAreReadFromJson() throws Exception {
    ModelSpec spec = json.readValue("""
        {"sharing": "mmoe", "soft": {"lambda": 0.2, "penalty": "trace-norm"},
         "crossStitch": {"selfWeight": 0.7}, "mmoe": {"experts": 6}}""", ModelSpec.class);
    assertThat(spec.sharingMode()).isEqualTo(Sharing.MMOE);
    assertThat(spec.soft().penalty()).isEqualTo("trace-norm");
    assertThat(spec.crossStitch().selfWeight()).isEqualTo(0.7);
    assertThat(spec.mmoe().experts()).isEqualTo(6);
    assertThat(spec.withSharing(Sharing.CROSS_STITCH).mmoe().experts()).isEqualTo(6);
  }

  @Test
  void missingFieldsTakeTheirDefaults() throws Exception {
    ModelSpec spec = json.readValue("{\"sharing\": \"cross-stitch\"}", ModelSpec.class);
    assertThat(spec.sharingMode()).isEqualTo(Sharing.CROSS_STITCH);
    assertThat(spec.soft().penalty()).isEqualTo("l2");
    assertThat(spec.crossStitch().selfWeight()).isEqualTo(0.9);
    assertThat(spec.mmoe().experts()).isEqualTo(4);
  }

  @Test
  void idsRoundTripAndBadValuesNameTheField() {
    for (Sharing s : Sharing.values()) {
      assertThat(Sharing.parse(s.id())).isEqualTo(s);
    }
    assertThat(Sharing.CROSS_STITCH.id()).isEqualTo("cross-stitch");
    assertThatThrownBy(() -> Sharing.parse("cross_stitch")).isInstanceOf(InputException.class)
        .hasMessageContaining("'cross-stitch'");
    assertThatThrownBy(() -> new MmoeSpec(0)).isInstanceOf(InputException.class).hasMessageContaining("model.mmoe.experts");
    assertThatThrownBy(() -> new CrossStitchSpec(1.5)).isInstanceOf(InputException.class)
        .hasMessageContaining("model.crossStitch.selfWeight");
    assertThatThrownBy(() -> new CrossStitchSpec(Double.NaN)).isInstanceOf(InputException.class);
  }
}

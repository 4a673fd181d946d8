package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

/** The settings of mtan, cgc, ple and dselect-k as experiment files write them: defaults, errors, round trips. */
class NewSharingSpecsTest {
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final List<LayerSpec> CONV = List.of(LayerSpec.conv(4, 3, "none"), LayerSpec.maxPool(2, "relu"),
      LayerSpec.conv(6, 3, "relu"), LayerSpec.of(8));

  @Test
  void settingsAreReadWithTheirDefaults() throws Exception {
    ModelSpec spec = json.readValue("""
        {"sharing": "ple", "backbone": [{"units": 8}, {"units": 4}], "cgc": {"taskExperts": 0},
         "ple": {"sharedExperts": 3}, "dselectK": {"experts": 8, "entropy": 1e-6}}""", ModelSpec.class);
    assertThat(spec.sharingMode()).isEqualTo(Sharing.PLE);
    assertThat(spec.cgc()).isEqualTo(new CgcSpec(2, 0));
    assertThat(spec.ple()).isEqualTo(new PleSpec(3, 1, null));
    assertThat(spec.ple().levelsFor(2)).isEqualTo(2);
    assertThat(spec.dselectK()).isEqualTo(new DSelectKSpec(8, 2, 1.0, 1e-6));
    ModelSpec defaults = json.readValue("{}", ModelSpec.class);
    assertThat(defaults.cgc()).isEqualTo(new CgcSpec(2, 1));
    assertThat(defaults.dselectK()).isEqualTo(new DSelectKSpec(4, 2, 1.0, 0.0));
    assertThat(Sharing.parse("dselect-k")).isEqualTo(Sharing.DSELECT_K);
  }

  @Test
  void writtenSpecsReadBackTheSameAndPleLevelsStayAbsentWhenDefault() throws Exception {
    ModelSpec spec = new ModelSpec("cgc", List.of(LayerSpec.of(8)), List.of(), null, null, null, null, new CgcSpec(3, 2),
        new PleSpec(1, 0, null), new DSelectKSpec(5, 3, 0.5, 0.1));
    String text = json.writeValueAsString(spec);
    assertThat(text).contains("\"ple\":{\"sharedExperts\":1,\"taskExperts\":0}");
    assertThat(json.readValue(text, ModelSpec.class)).isEqualTo(spec);
    assertThat(spec.withSharing(Sharing.DSELECT_K).cgc()).isEqualTo(new CgcSpec(3, 2));
    ModelSpec edited = spec.withEdits(Sharing.PLE, List.of(LayerSpec.of(8), LayerSpec.of(2)), List.of(LayerSpec.of(3)), 0.5, null);
    assertThat(edited.sharingMode()).isEqualTo(Sharing.PLE);
    assertThat(edited.soft().lambda()).isEqualTo(0.5);
    assertThat(edited.cgc()).isEqualTo(spec.cgc());
    assertThat(edited.dselectK()).isEqualTo(spec.dselectK());
    assertThat(edited.ple()).isEqualTo(spec.ple());
  }

  @Test
  void badSettingsAreOneLineNamingTheField() {
    assertOneLine(() -> new CgcSpec(0, null), "model.cgc.sharedExperts must be between 1 and 64, got 0");
    assertOneLine(() -> new CgcSpec(null, 65), "model.cgc.taskExperts must be between 0 and 64, got 65");
    assertOneLine(() -> new PleSpec(null, -1, null), "model.ple.taskExperts must be between 0 and 64, got -1");
    assertOneLine(() -> new PleSpec(null, null, 0), "model.ple.levels must be at least 1, got 0");
    assertOneLine(() -> new DSelectKSpec(1, null, null, null), "model.dselectK.experts must be between 2 and 64, got 1");
    assertOneLine(() -> new DSelectKSpec(4, 5, null, null), "model.dselectK.k must be between 1 and model.dselectK.experts (4), got 5");
    assertOneLine(() -> new DSelectKSpec(null, null, 0.0, null), "model.dselectK.gamma must be a number > 0, got 0.0");
    assertOneLine(() -> new DSelectKSpec(null, null, null, Double.NaN), "model.dselectK.entropy must be a number ≥ 0, got NaN");
    assertOneLine(() -> Sharing.parse("mmoE"), "sharing must be 'hard', 'soft', 'cross-stitch', 'mmoe', 'mtan', 'cgc', 'ple' or"
        + " 'dselect-k', got 'mmoE'");
  }

  @Test
  void mtanNeedsImagesAndConvLayers() {
    assertOneLine(() -> new ModelSpec("mtan", List.of(LayerSpec.of(8)), List.of(), null), "model.sharing \"mtan\" puts attention"
        + " masks on conv feature maps and needs image rows: set model.inputShape to [channels, height, width] and give"
        + " model.backbone conv layers");
    assertOneLine(() -> new ModelSpec("mtan", List.of(LayerSpec.maxPool(2, null), LayerSpec.of(8)), List.of(), null, List.of(1, 8, 8)),
        "model.sharing \"mtan\" puts attention masks on conv feature maps, and model.backbone has no conv layer before its"
            + " first dense or flatten layer");
    assertThat(new ModelSpec("mtan", CONV, List.of(), null, List.of(1, 12, 12)).sharingMode()).isEqualTo(Sharing.MTAN);
    // the same backbone under other schemes is not checked for MTAN's needs
    assertThat(new ModelSpec("hard", List.of(LayerSpec.of(8)), List.of(), null).withSharing(Sharing.CGC).sharing()).isEqualTo("cgc");
    assertThatThrownBy(() -> new ModelSpec("hard", List.of(LayerSpec.of(8)), List.of(), null).withSharing(Sharing.MTAN))
        .isInstanceOf(InputException.class);
  }

  @Test
  void pleLevelsFitTheBackbone() {
    assertOneLine(() -> new ModelSpec("ple", List.of(LayerSpec.of(8)), List.of(), null, null, null, null, null,
        new PleSpec(null, null, 2), null), "model.ple.levels is 2 but model.backbone has 1 dense or conv layer: each level needs"
        + " at least one");
    ModelSpec fits = new ModelSpec("ple", List.of(LayerSpec.of(8), LayerSpec.of(4)), List.of(), null, null, null, null, null,
        new PleSpec(null, null, 2), null);
    assertThat(fits.ple().levels()).isEqualTo(2);
  }

  @Test
  void backboneBlocksByHand() {
    BackboneBlocks.Stages stages = BackboneBlocks.convStages(CONV);
    assertThat(stages.stages()).containsExactly(List.of(CONV.get(0), CONV.get(1)), List.of(CONV.get(2)));
    assertThat(stages.tail()).containsExactly(CONV.get(3));
    List<LayerSpec> leadingPool = List.of(LayerSpec.maxPool(2, null), LayerSpec.conv(2, 1, null));
    assertThat(BackboneBlocks.convStages(leadingPool).stages()).containsExactly(leadingPool);
    assertThat(BackboneBlocks.convStages(leadingPool).tail()).isEmpty();
    assertThat(BackboneBlocks.weightedLayers(CONV)).isEqualTo(3);
    // three blocks [conv, pool], [conv], [dense]: two levels take ⌊3/2⌋ = 1 and 2 blocks
    assertThat(BackboneBlocks.levels(CONV, 2)).containsExactly(List.of(CONV.get(0), CONV.get(1)), List.of(CONV.get(2), CONV.get(3)));
    assertThat(BackboneBlocks.levels(CONV, 3)).hasSize(3);
    assertThat(BackboneBlocks.levels(CONV, 1)).containsExactly(CONV);
  }

  private static void assertOneLine(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InputException.class).hasMessage(message);
  }
}

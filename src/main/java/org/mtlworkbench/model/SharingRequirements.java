package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.common.InputException;

/**
 * What a sharing scheme needs of the backbone, checked when the experiment is read so that a
 * scheme that cannot be built is one line naming the field, before any data are loaded.
 */
final class SharingRequirements {
  private SharingRequirements() {}

  static void check(Sharing sharing, boolean imageInput, List<LayerSpec> backbone, PleSpec ple) {
    switch (sharing) {
      case MTAN -> {
        if (!imageInput) {
          throw new InputException("model.sharing \"mtan\" puts attention masks on conv feature maps and needs image rows:"
              + " set model.inputShape to [channels, height, width] and give model.backbone conv layers");
        }
        if (BackboneBlocks.convStages(backbone).stages().isEmpty()) {
          throw new InputException("model.sharing \"mtan\" puts attention masks on conv feature maps, and model.backbone"
              + " has no conv layer before its first dense or flatten layer");
        }
      }
      case PLE -> {
        int weighted = BackboneBlocks.weightedLayers(backbone);
        if (weighted == 0) {
          throw new InputException("model.sharing \"ple\" cuts the backbone into levels at its dense and conv layers, and"
              + " model.backbone has none");
        }
        int levels = ple.levelsFor(weighted);
        if (levels > weighted) {
          throw new InputException("model.ple.levels is " + levels + " but model.backbone has " + weighted
              + " dense or conv layer" + (weighted == 1 ? "" : "s") + ": each level needs at least one");
        }
      }
      default -> {
        // every other scheme takes any backbone
      }
    }
  }
}

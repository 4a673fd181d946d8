package org.mtlworkbench.ui.canvas;

import org.mtlworkbench.model.Sharing;

/**
 * The drawing of each sharing scheme. The switch has no default, so a scheme added to {@link
 * Sharing} does not compile until it is given its drawing here.
 */
final class ArchitectureDrawings {
  private ArchitectureDrawings() {}

  static ArchitectureDrawing of(Sharing sharing) {
    return switch (sharing) {
      case HARD -> new HardSharingDrawing();
      case SOFT -> new SoftSharingDrawing();
      case CROSS_STITCH -> new CrossStitchDrawing();
      case MMOE -> new MmoeDrawing();
      case MTAN -> new MtanDrawing();
      case CGC -> new CgcDrawing();
      case PLE -> new PleDrawing();
      case DSELECT_K -> new DSelectKDrawing();
    };
  }
}

package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.common.InputException;

/**
 * The architecture: input → backbone → one head per task.
 *
 * @param sharing "hard" (default), "soft", "cross-stitch" or "mmoe"
 * @param backbone hidden layers of the backbone (hard) or of each tower (soft); default one
 *     layer of 64 ReLU units
 * @param head hidden layers of each head before its output layer (which is added per task with
 *     the task's output width); default none
 * @param soft soft-sharing settings (ignored under hard sharing)
 * @param crossStitch cross-stitch settings (used only when sharing is "cross-stitch")
 * @param mmoe mixture-of-experts settings (used only when sharing is "mmoe")
 */
public record ModelSpec(String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft,
    CrossStitchSpec crossStitch, MmoeSpec mmoe) {
  public ModelSpec {
    sharing = sharing == null ? Sharing.HARD.id() : sharing;
    Sharing.parse(sharing);
    backbone = backbone == null ? List.of(LayerSpec.of(64)) : List.copyOf(backbone);
    if (backbone.isEmpty()) {
      throw new InputException("model.backbone needs at least one layer");
    }
    head = head == null ? List.of() : List.copyOf(head);
    soft = soft == null ? new SoftSharingSpec(null) : soft;
    crossStitch = crossStitch == null ? new CrossStitchSpec(null) : crossStitch;
    mmoe = mmoe == null ? new MmoeSpec(null) : mmoe;
  }

  /** The spec without cross-stitch and MMoE settings (their defaults). */
  public ModelSpec(String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft) {
    this(sharing, backbone, head, soft, null, null);
  }

  public Sharing sharingMode() {
    return Sharing.parse(sharing);
  }

  public ModelSpec withSharing(Sharing s) {
    return new ModelSpec(s.id(), backbone, head, soft, crossStitch, mmoe);
  }
}

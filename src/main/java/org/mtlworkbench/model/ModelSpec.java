package org.mtlworkbench.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.nn.ImageShape;

/**
 * The architecture: input → backbone → one head per task.
 *
 * @param sharing "hard" (default), "soft", "cross-stitch" or "mmoe"
 * @param backbone hidden layers of the backbone (hard) or of each tower (soft); default one
 *     layer of 64 ReLU units
 * @param head hidden layers of each head before its output layer (which is added per task with
 *     the task's output width); default none
 * @param soft soft-sharing settings (ignored under hard sharing)
 * @param inputShape {@code [channels, height, width]}: read each row of features as an image
 *     (channel first, then rows, then columns), as conv and pooling layers need; absent = flat
 * @param crossStitch cross-stitch settings (used only when sharing is "cross-stitch")
 * @param mmoe mixture-of-experts settings (used only when sharing is "mmoe")
 */
public record ModelSpec(
    String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> inputShape, CrossStitchSpec crossStitch, MmoeSpec mmoe) {
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
    if (inputShape != null) {
      inputShape = List.copyOf(inputShape);
      if (inputShape.size() != 3 || inputShape.stream().anyMatch(v -> v == null || v < 1)) {
        throw new InputException("model.inputShape must be [channels, height, width], each ≥ 1, got " + inputShape);
      }
    }
    // Follow the shape through the layers now, so that a layer that does not fit is reported when
    // the file is read (the data's width is checked when the model is built).
    FeatureShape input = inputShape == null ? FeatureShape.flat(1) : FeatureShape.of(toImage(inputShape));
    FeatureShape representation = NetworkBuilder.outputShape(input, backbone, "backbone");
    NetworkBuilder.outputShape(representation, head, "head");
  }

  /** A model on flat input rows, with the default cross-stitch and MMoE settings. */
  public ModelSpec(String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft) {
    this(sharing, backbone, head, soft, null, null, null);
  }

  /** A model on image-shaped input rows. */
  public ModelSpec(String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft, List<Integer> inputShape) {
    this(sharing, backbone, head, soft, inputShape, null, null);
  }

  /** A model on flat input rows with explicit cross-stitch and MMoE settings. */
  public ModelSpec(
      String sharing, List<LayerSpec> backbone, List<LayerSpec> head, SoftSharingSpec soft, CrossStitchSpec crossStitch, MmoeSpec mmoe) {
    this(sharing, backbone, head, soft, null, crossStitch, mmoe);
  }

  public Sharing sharingMode() {
    return Sharing.parse(sharing);
  }

  /** {@link #inputShape} as an image shape, or null for flat input. */
  @JsonIgnore
  public ImageShape image() {
    return inputShape == null ? null : toImage(inputShape);
  }

  public ModelSpec withSharing(Sharing s) {
    return new ModelSpec(s.id(), backbone, head, soft, inputShape, crossStitch, mmoe);
  }

  /** The same model with other soft-sharing settings. */
  public ModelSpec withSoft(SoftSharingSpec s) {
    return new ModelSpec(sharing, backbone, head, s, inputShape, crossStitch, mmoe);
  }

  /** The same model with other cross-stitch settings. */
  public ModelSpec withCrossStitch(CrossStitchSpec c) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, c, mmoe);
  }

  /** The same model with other mixture-of-experts settings. */
  public ModelSpec withMmoe(MmoeSpec m) {
    return new ModelSpec(sharing, backbone, head, soft, inputShape, crossStitch, m);
  }

  private static ImageShape toImage(List<Integer> shape) {
    return new ImageShape(shape.get(0), shape.get(1), shape.get(2));
  }
}
